namespace Her2Graph.Seeding.Validation.Aliases;

/// <summary>One id, name or alias of a node of the batch, with where it is written.</summary>
/// <param name="Field">id, name or alias, for messages.</param>
internal sealed record NodeName(NameKey Key, string NodeId, string Field, string Text, string Location);
