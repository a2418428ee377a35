namespace Her2Graph.Api.RateLimiting;

/// <summary>Reads (queries) and writes (mutations) draw on separate budgets, so heavy reading never blocks curation.</summary>
internal enum RateLimitBudgetKind
{
    Reads,
    Writes,
}
