using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>What no answer may show, whatever the request: a server error (but a timeout), or internals.</summary>
internal static class FuzzVerdict
{
    /// <summary>Signs of a stack trace, an exception type or a source file in a body.</summary>
    public static IReadOnlyList<string> Markers { get; } = ["   at ", ".cs:line", "System.", "Exception"];

    /// <summary>The problem with the answer, or null when it is acceptable.</summary>
    public static string? Problem(GraphQLResponse response)
    {
        var status = (int)response.StatusCode;
        var timedOut = response.StatusCode == HttpStatusCode.ServiceUnavailable && response.ErrorCodes.Contains("TIMEOUT");
        if (status >= 500 && !timedOut) return $"HTTP {status}";
        return Markers.FirstOrDefault(m => response.Body.Contains(m, StringComparison.Ordinal)) is { } marker
            ? $"HTTP {status}, body shows '{marker}'"
            : null;
    }
}
