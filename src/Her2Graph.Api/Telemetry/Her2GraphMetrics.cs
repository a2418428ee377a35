using System.Diagnostics.Metrics;
using GraphQL;
using Her2Graph.Api.RateLimiting;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// The <c>Her2Graph</c> meter: one instance per host, from the host's <see cref="IMeterFactory"/> (so two hosts in one
/// process, as in tests, never mix their measurements). Every label value comes from a closed set: operation names of
/// trusted documents or <c>other</c>, store methods, error codes (<see cref="ErrorCodeLabels"/>), budgets.
/// </summary>
internal sealed class Her2GraphMetrics
{
    public const string MeterName = "Her2Graph";

    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<int> _storeCallsPerRequest;
    private readonly Histogram<double> _storeCallDuration;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rateLimitRejections;
    private readonly ErrorCodeLabels _codes = new();

    public Her2GraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requestDuration = meter.CreateHistogram<double>(
            "her2graph.graphql.request.duration", "s", "Time from reading a GraphQL request to its answer being ready, by operation.");
        _storeCallsPerRequest = meter.CreateHistogram<int>(
            "her2graph.graphql.request.store_calls", "{call}", "Store calls (cache misses and the version read) one GraphQL request caused, by operation.");
        _storeCallDuration = meter.CreateHistogram<double>(
            "her2graph.store.call.duration", "s", "Duration of one call to the graph store, by method.");
        _cacheHits = meter.CreateCounter<long>("her2graph.cache.hits", "{read}", "Reads the read cache answered, by method.");
        _cacheMisses = meter.CreateCounter<long>("her2graph.cache.misses", "{read}", "Reads the read cache passed to the store, by method.");
        _errors = meter.CreateCounter<long>("her2graph.graphql.errors", "{error}", "Errors in GraphQL answers, by extensions.code.");
        _rateLimitRejections = meter.CreateCounter<long>(
            "her2graph.rate_limit.rejections", "{request}", "Requests refused by the rate limiter, by budget (requests, reads, writes).");
    }

    public void Request(string operation, TimeSpan duration, int? storeCalls)
    {
        var tag = new KeyValuePair<string, object?>("graphql.operation.name", operation);
        _requestDuration.Record(duration.TotalSeconds, tag);
        if (storeCalls is { } calls) _storeCallsPerRequest.Record(calls, tag);
    }

    public void StoreCall(string method, TimeSpan duration) =>
        _storeCallDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("her2graph.store.method", method));

    public void CacheRead(string method, bool hit) =>
        (hit ? _cacheHits : _cacheMisses).Add(1, new KeyValuePair<string, object?>("her2graph.store.method", method));

    /// <summary>Counts the errors of an answer about to be written.</summary>
    public void Errors(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors || !_errors.Enabled) return;
        foreach (var error in errors) _errors.Add(1, new KeyValuePair<string, object?>("error.code", _codes.For(error.Code)));
    }

    public void RateLimited(RateLimitBudgetKind budget) =>
        _rateLimitRejections.Add(1, new KeyValuePair<string, object?>("her2graph.rate_limit.budget", budget switch
        {
            RateLimitBudgetKind.Requests => "requests",
            RateLimitBudgetKind.Reads => "reads",
            _ => "writes",
        }));
}
