using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>The node kinds as a GraphQL enum. Values are the type names (GENE is not used: kinds read as types).</summary>
internal sealed class NodeKindEnumGraphType : EnumerationGraphType
{
    public NodeKindEnumGraphType()
    {
        Name = "NodeKind";
        Description = "The kinds of node in the graph; each is also a GraphQL object type of the same name.";
        foreach (var kind in Enum.GetValues<NodeKind>()) Add(kind.ToString(), kind, $"A {kind} node.");
    }
}
