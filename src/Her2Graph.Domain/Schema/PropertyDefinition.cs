namespace Her2Graph.Domain.Schema;

/// <summary>One typed property a node kind or relationship type may carry.</summary>
/// <param name="Name">camelCase name, as in seed files and GraphQL.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">What it means, with its unit; shown in the GraphQL schema.</param>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Description);
