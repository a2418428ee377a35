namespace Her2Graph.Api.RateLimiting;

/// <summary>
/// Requests are counted before their operation is known; then reads (queries) and writes (mutations) pay their cost
/// from separate budgets, so heavy reading never blocks curation.
/// </summary>
internal enum RateLimitBudgetKind
{
    Requests,
    Reads,
    Writes,
}
