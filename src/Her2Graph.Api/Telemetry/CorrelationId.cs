using System.Diagnostics;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// The id that ties a request's answer, its log lines and its errors together: the caller's <c>X-Correlation-Id</c>
/// when it is a plausible id (1 to 64 of <c>A-Z a-z 0-9 . _ : -</c>, so it cannot inject log lines or grow without
/// end), else the request's trace id.
/// </summary>
internal sealed record CorrelationId(string Value)
{
    public const string Header = "X-Correlation-Id";
    public const int MaxLength = 64;

    public static CorrelationId Of(HttpContext context)
    {
        var sent = context.Request.Headers[Header];
        if (sent.Count == 1 && IsValid(sent[0])) return new CorrelationId(sent[0]!);

        // Without a listener ASP.NET Core starts no activity: a new random trace id has the same shape.
        var trace = Activity.Current?.TraceId ?? ActivityTraceId.CreateRandom();
        return new CorrelationId(trace.ToHexString());
    }

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
