using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Schema;

/// <summary>What a relationship type says, which kinds it may join, and which properties it may carry.</summary>
public sealed record RelationshipTypeDefinition(
    RelationshipType Type,
    string Description,
    IReadOnlyList<NodeKind> FromKinds,
    IReadOnlyList<NodeKind> ToKinds,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public string WireName => Type.ToWireName();

    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
