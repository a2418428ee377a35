using System.Diagnostics;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// The source of Her2Graph's own spans. Static, as .NET's tracing is designed (an ActivitySource has no DI factory, and a
/// span with no listener is never created).
/// </summary>
internal static class Her2GraphActivitySource
{
    public const string Name = "Her2Graph";

    public static ActivitySource Source { get; } = new(Name);
}
