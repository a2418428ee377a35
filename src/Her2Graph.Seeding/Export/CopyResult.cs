using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>What a copy did.</summary>
/// <param name="Nodes">Nodes in the target after the copy (all of the source's).</param>
/// <param name="Relationships">Relationships in the target after the copy.</param>
/// <param name="Source">The source graph and the version that was copied.</param>
/// <param name="Target">The target's own graph id (never the source's) and its version after the copy.</param>
/// <param name="Batches">Write batches sent, each one transaction in the target.</param>
/// <param name="Resumed">True when the target already held part of this copy, left by an interrupted run.</param>
public sealed record CopyResult(int Nodes, int Relationships, GraphVersion Source, GraphVersion Target, int Batches, bool Resumed);
