using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Traversals;

internal static class TypeNames
{
    /// <summary><c>DrugArms</c> for Drug.arms: the prefix of a traversal's connection and edge types.</summary>
    public static string PrefixOf(NodeKind owner, string field) => $"{owner}{char.ToUpperInvariant(field[0])}{field[1..]}";
}
