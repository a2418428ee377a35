using System.Diagnostics;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// One GraphQL request as the endpoint measures it: its duration and store calls by operation label, recorded when
/// disposed, and the span of its execution.
/// </summary>
internal sealed class GraphQLRequestTelemetry : IDisposable
{
    private readonly Her2GraphMetrics _metrics;
    private readonly KnownOperations _operations;
    private readonly RequestStoreCalls? _storeCalls;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _type = "unknown";

    private GraphQLRequestTelemetry(IServiceProvider services)
    {
        _metrics = services.GetRequiredService<Her2GraphMetrics>();
        _operations = services.GetRequiredService<KnownOperations>();
        _storeCalls = services.GetService<RequestStoreCalls>();
    }

    /// <summary>The operation label: a trusted document's operation name, or <c>other</c>.</summary>
    public string Operation { get; private set; } = KnownOperations.Other;

    public static GraphQLRequestTelemetry Start(HttpContext context) => new(context.RequestServices);

    /// <summary>Once the document is known (after persisted documents are resolved).</summary>
    public void Identify(GraphQLRequest request, GraphQLDocument? document) => (Operation, _type) = _operations.Label(request, document);

    /// <summary>The span of parsing, validating and executing: the store calls' spans are its children.</summary>
    public Activity? StartExecution()
    {
        var activity = Her2GraphActivitySource.Source.StartActivity("graphql " + Operation);
        activity?.SetTag("graphql.operation.name", Operation);
        activity?.SetTag("graphql.operation.type", _type);
        return activity;
    }

    public void Dispose() => _metrics.Request(Operation, Stopwatch.GetElapsedTime(_started), _storeCalls?.Count);
}
