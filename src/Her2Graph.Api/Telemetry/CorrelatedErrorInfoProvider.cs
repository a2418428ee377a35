using GraphQL;
using GraphQL.Execution;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// Adds <c>extensions.correlationId</c> to every error the serializer writes, request errors included: a user who
/// reports an error can quote the id an operator finds in the logs. Wraps the engine's provider (codes, no internals).
/// </summary>
internal sealed class CorrelatedErrorInfoProvider(IErrorInfoProvider inner, IHttpContextAccessor http) : IErrorInfoProvider
{
    public const string Extension = "correlationId";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = inner.GetInfo(executionError);
        if (http.HttpContext?.Features.Get<CorrelationId>() is not { } id) return info;
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions[Extension] = id.Value;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
