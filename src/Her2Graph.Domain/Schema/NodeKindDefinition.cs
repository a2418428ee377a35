using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Schema;

/// <summary>What a node kind is, how its key is formed, and which properties it may carry.</summary>
public sealed record NodeKindDefinition(
    NodeKind Kind,
    string Description,
    string KeyRule,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
