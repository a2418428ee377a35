using System.Diagnostics;

namespace Her2Graph.Bench.Http.Hosting;

/// <summary>Publishes the API in Release once and starts it as production runs it, pinned to a core.</summary>
internal static class ApiServer
{
    /// <summary>
    /// The rate limits raised for the load, and only those: wrk's 32–64 connections from one address would otherwise
    /// spend the anonymous request budget (100 at once, 20 a second) in a few milliseconds. The limiter still runs on
    /// every request (its cost is part of what is measured); the budgets are set above what one core can serve.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RaisedRateLimits = new Dictionary<string, string>
    {
        ["Her2Graph__RateLimits__AnonymousRequests__TokenLimit"] = "200000",
        ["Her2Graph__RateLimits__AnonymousRequests__TokensPerPeriod"] = "200000",
        ["Her2Graph__RateLimits__AnonymousReads__TokenLimit"] = "200000000",
        ["Her2Graph__RateLimits__AnonymousReads__TokensPerPeriod"] = "200000000",
    };

    public static Task<string> PublishAsync(string? existing, string workDirectory) =>
        PublishAsync(Repository.ApiProject, "the API", existing, Path.Combine(workDirectory, "api"));

    /// <summary><paramref name="project"/> published in Release to <paramref name="output"/>, unless <paramref name="existing"/> names a published one.</summary>
    public static async Task<string> PublishAsync(string project, string name, string? existing, string output)
    {
        if (existing is not null) return existing;
        Console.WriteLine($"publishing {name} (Release) to {output} …");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "-v", "quiet", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await stdout}\n{await stderr}");
        return output;
    }

    /// <summary>
    /// The API on <paramref name="sqlitePath"/> (seeded from graph-seed/ when new), or on Neo4j when <paramref name="neo4j"/> is given;
    /// started in its publish folder, its content root, so that it reads its appsettings.json as in production;
    /// <paramref name="settings"/> (environment variables) are added to or override the benchmark's own.
    /// </summary>
    public static Task<PinnedProcess> StartAsync(
        string apiDirectory, string sqlitePath, Neo4jServer? neo4j, string logFile, int core = 0, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = new Uri($"http://127.0.0.1:{PinnedProcess.FreePort()}");
        var environment = new Dictionary<string, string>(RaisedRateLimits)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = url.ToString(),
            ["DOTNET_gcServer"] = "0",
            ["Her2Graph__Storage__SqlitePath"] = sqlitePath,
            ["Her2Graph__Storage__SeedFolder"] = Repository.SeedFolder,
        };
        if (neo4j is not null)
        {
            environment["Her2Graph__Storage__Provider"] = "Neo4j";
            environment["Her2Graph__Storage__Neo4j__Uri"] = neo4j.Uri;
            environment["Her2Graph__Storage__Neo4j__User"] = neo4j.User;
            environment["Her2Graph__Storage__Neo4j__Password"] = neo4j.Password;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;

        return PinnedProcess.StartAsync(neo4j is null ? "API (SQLite)" : "API (Neo4j)", core, "dotnet",
            [Path.Combine(apiDirectory, "Her2Graph.Api.dll")], environment, url, "/health/ready", logFile, TimeSpan.FromSeconds(180),
            workingDirectory: apiDirectory);
    }
}
