namespace Her2Graph.Api.Caching;

/// <summary>What <c>/health/ready</c> reports about the cache: whether it serves, in words, and as data.</summary>
/// <param name="Serving">False when the cache is configured but unusable (reads then go to the store).</param>
internal sealed record ReadCacheStatus(bool Serving, string Description, IReadOnlyDictionary<string, object> Data);
