namespace Her2Graph.Domain.Store.Writing;

/// <summary>One change-log entry a <see cref="WritePlan"/> makes; the store numbers them from 1 in plan order.</summary>
/// <param name="Operation">What happens to the entity.</param>
/// <param name="EntityType"><c>node</c> or <c>relationship</c>.</param>
/// <param name="EntityKey">The node id, or the relationship key text.</param>
public sealed record PlannedChange(ChangeOperation Operation, string EntityType, string EntityKey);
