namespace Her2Graph.Seeding.Input;

/// <summary>A batch of nodes and relationships to validate and write together: a seed folder, or one curator mutation.</summary>
public sealed record GraphInput(IReadOnlyList<NodeInput> Nodes, IReadOnlyList<RelationshipInput> Relationships);
