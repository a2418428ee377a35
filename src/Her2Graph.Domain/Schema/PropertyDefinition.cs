using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Schema;

/// <summary>One typed property a node kind or relationship type may carry.</summary>
/// <param name="Name">camelCase name, as in seed files and GraphQL.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">What it means, with its unit; shown in the GraphQL schema.</param>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Description)
{
    /// <summary>The values a <see cref="PropertyType.Choice"/> or <see cref="PropertyType.ChoiceList"/> property may take.</summary>
    public Choices? Choices { get; init; }

    /// <summary>The kinds a <see cref="PropertyType.NodeReference"/> property may name.</summary>
    public IReadOnlyList<NodeKind> NodeKinds { get; init; } = [];

    /// <summary>
    /// Set by the validator, never written: e.g. a median in months derived from one reported in weeks. Writing it is
    /// refused so that a derived value always follows from the reported one.
    /// </summary>
    public bool Derived { get; init; }
}
