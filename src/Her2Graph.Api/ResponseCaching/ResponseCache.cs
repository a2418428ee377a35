using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Her2Graph.Api.Caching;
using Her2Graph.Api.Cost;
using Her2Graph.Api.Limits;
using Her2Graph.Api.RateLimiting;
using Her2Graph.Api.Telemetry;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.Caching.Memory;

namespace Her2Graph.Api.ResponseCaching;

/// <summary>
/// Whole answers of queries, in this process's memory: the <c>data</c> JSON of an error-free answer, kept under the
/// graph version the request read from the store (<see cref="ResponseCacheKey"/>). Every request still reads that
/// version from the store, so the read cache's promise holds for answers too: once a write has returned, every request
/// on every replica keys by the new version and cannot find an answer of the old one. What a hit skips is validation
/// and execution; what it still does: the edge checks and size limits (before this), the rate limiter's charge of the
/// document's cost (validation computed it once; it depends only on the document and variables, which are the key),
/// and fresh <c>extensions</c> (cost, throttle status, graph). A hit the rate limiter refuses executes as usual, so the
/// refusal is answered and counted in one place.
/// </summary>
internal sealed class ResponseCache(ResponseCacheOptions options, RateLimitCharge charge, IGraphQLTextSerializer serializer, Her2GraphMetrics metrics)
    : IDisposable
{
    private const string Method = "response";

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.SizeLimit });
    private readonly Lock _newestLock = new();
    private GraphVersion? _newest;

    /// <summary>How many answers are kept (for tests and the health report).</summary>
    public int Count => _entries.Count;

    /// <summary>The request's result: a cached answer, or <paramref name="execute"/>'s (kept by <see cref="Keep"/> once written).</summary>
    public async Task<ExecutionResult> AnswerAsync(
        HttpContext context, GraphQLRequest request, GraphQLDocument? document, Func<Task<ExecutionResult>> execute, CancellationToken cancellationToken)
    {
        if (!options.Enabled || !IsCacheable(request, document)) return await execute();

        // Through the request's own store: the version read here is the one its reads (on a miss) are cached under.
        var services = context.RequestServices;
        GraphVersion version;
        try
        {
            version = await services.GetRequiredService<RequestGraphVersion>().ReadAsync(services, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The store is down: execution meets the same fault and answers it as a GraphQL error (STORE_UNAVAILABLE).
            return await execute();
        }


        ForgetOlderThan(version);
        var key = new ResponseCacheKey(version.GraphId, version.Number, request.Query!, request.OperationName, serializer.Serialize(request.Variables));
        if (_entries.TryGetValue(key, out CachedData? data) && data is not null)
        {
            var cost = services.GetRequiredService<QueryCost>();
            if (await charge.TryChargeAsync(RateLimitBudgetKind.Reads, cost, data.Cost, cancellationToken) is null)
            {
                cost.Requested = data.Cost;
                metrics.CacheRead(Method, hit: true);
                return new ExecutionResult { Executed = true, Data = data };
            }

            return await execute();
        }

        metrics.CacheRead(Method, hit: false);
        services.GetRequiredService<ResponseCacheScope>().Key = key;
        return await execute();
    }

    /// <summary>After a missed request's answer was serialised: keeps its <c>data</c> when it is a complete, error-free query answer.</summary>
    public void Keep(HttpContext context, ExecutionResult result, int statusCode, ReadOnlySpan<byte> response)
    {
        var services = context.RequestServices;
        if (services.GetRequiredService<ResponseCacheScope>() is not { Key: { } key, Forbidden: false }
            || statusCode != StatusCodes.Status200OK || !result.Executed || result.Errors is { Count: > 0 } || result.Data is CachedData
            || services.GetRequiredService<QueryCost>().Requested is not { } cost)
        {
            return;
        }

        // The answer must have been read at the key's version (a query cannot move it; this keeps it so).
        if (services.GetRequiredService<RequestGraphVersion>().Read != new GraphVersion(key.GraphId, key.Version)) return;
        if (CachedData.Extract(response) is not { } json) return;
        _entries.Set(key, new CachedData(json, cost), new MemoryCacheEntryOptions { Size = json.Length + key.Size });
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>
    /// Queries that read the graph, sent plainly: not a mutation, not validate-only or any other request extension but
    /// a persisted query's hash (the document is then the one it names), not introspection alone (which reads no version).
    /// </summary>
    private static bool IsCacheable(GraphQLRequest request, GraphQLDocument? document)
    {
        if (document is null || request.Query is null) return false;
        if (request.Extensions is { Count: > 0 } extensions && extensions.Keys.Any(name => name != "persistedQuery")) return false;
        return EdgeChecks.SelectedOperation(document, request.OperationName) is { Operation: OperationType.Query } operation
            && operation.SelectionSet.Selections.Any(selection => selection is not GraphQLField field || !field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
    }

    /// <summary>Answers of older versions can no longer be found: once a newer version is seen, they go at once.</summary>
    private void ForgetOlderThan(GraphVersion version)
    {
        lock (_newestLock)
        {
            if (_newest is { } newest && newest.GraphId == version.GraphId && newest.Number >= version.Number) return;
            if (_newest is not null) _entries.Compact(1.0);
            _newest = version;
        }
    }
}
