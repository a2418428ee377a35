using System.Globalization;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// The run's size and seed. CI runs the fixed seed; HER2GRAPH_FUZZ_ITERATIONS makes a run longer or shorter,
/// HER2GRAPH_FUZZ_SEED explores another stream, and HER2GRAPH_FUZZ_CASE replays the one case a failure printed.
/// </summary>
internal static class FuzzSettings
{
    public const ulong DefaultSeed = 20261202;

    // Subscriptions are generated: the API refuses them with OPERATION_NOT_SUPPORTED (400).
    public const bool Subscriptions = true;

    // Variables objects with a duplicate key ({"f": {"eq": 1, "eq": 1}}) are generated: GraphQL.SystemTextJson throws
    // ArgumentException on them, which the request reader answers with INVALID_JSON (400), found by this test.
    public const bool DuplicateJsonKeys = true;

    public static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("HER2GRAPH_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;

    public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("HER2GRAPH_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    public static string? Case => Environment.GetEnvironmentVariable("HER2GRAPH_FUZZ_CASE") is { Length: > 0 } text ? text : null;
}
