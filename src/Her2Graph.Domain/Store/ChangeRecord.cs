namespace Her2Graph.Domain.Store;

/// <summary>One entry of the change log: one entity created, updated or deleted by one write.</summary>
/// <param name="Version">The graph version the write produced.</param>
/// <param name="Sequence">Position within the write, from 1.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Comment">Why, if given.</param>
/// <param name="Operation">What happened.</param>
/// <param name="EntityType"><c>node</c> or <c>relationship</c>.</param>
/// <param name="EntityKey">The node id, or the relationship key text.</param>
public sealed record ChangeRecord(
    long Version,
    int Sequence,
    DateTimeOffset At,
    string Actor,
    string? Comment,
    ChangeOperation Operation,
    string EntityType,
    string EntityKey);
