using System.Diagnostics.CodeAnalysis;

namespace Her2Graph.Tests.Support;

/// <summary>
/// The one decision for a test whose tool is missing (Node.js, an npm package, chromium, redis-server): on a developer's
/// machine it is skipped with the reason, so the SDK alone runs the suite; under CI (<c>CI=true</c>, set by .ci/run) it
/// fails, so a CI machine that lost a tool never reports green. Skips by design (no Neo4j server) do not come here.
/// Linked into each test project that needs it (tests/Shared).
/// </summary>
internal static class Requirement
{
    public static bool InContinuousIntegration { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (fails it under CI) when <paramref name="missing"/> holds, saying <paramref name="reason"/>.</summary>
    public static void SkipIf(bool missing, string reason)
    {
        if (missing) Skip(reason);
    }

    /// <summary>Skips the test (fails it under CI) when <paramref name="reason"/> is not null.</summary>
    public static void SkipIfMissing(string? reason)
    {
        if (reason is not null) Skip(reason);
    }

    [DoesNotReturn]
    public static void Skip(string reason)
    {
        if (InContinuousIntegration) Xunit.Assert.Fail($"{reason} (CI=true: a missing tool fails the test instead of skipping it)");
        throw new Xunit.SkipException(reason);
    }
}
