namespace Her2Graph.Domain.Store;

/// <summary>What a write did.</summary>
/// <param name="Version">The graph version after the write (unchanged when nothing changed).</param>
/// <param name="Nodes">Node counts.</param>
/// <param name="Relationships">Relationship counts.</param>
public sealed record WriteResult(long Version, WriteCounts Nodes, WriteCounts Relationships)
{
    public bool Changed => Nodes.Changed || Relationships.Changed;
}
