using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// The messages for an unknown kind or type. A seed file's header and each of its records say the same, so that the
/// import reports the header's error once however many records the file holds.
/// </summary>
internal static class UnknownNameMessages
{
    public static string Kind(string name) => $"'{name}' is not a node kind: use {string.Join(", ", Enum.GetNames<NodeKind>())}";

    public static string Type(string name) =>
        $"'{name}' is not a relationship type: use {string.Join(", ", RelationshipTypes.All.Select(t => t.WireName))}";
}
