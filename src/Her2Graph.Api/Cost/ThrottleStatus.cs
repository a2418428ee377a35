namespace Her2Graph.Api.Cost;

/// <summary>A client's budget, in Shopify's terms: its size, what is left, and how many cost points come back per second.</summary>
internal sealed record ThrottleStatus(long MaximumAvailable, long CurrentlyAvailable, double RestoreRate);
