using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Her2Graph.Bench.Tests.Support;

/// <summary>The API in memory over its own SQLite file seeded from graph-seed/, as the benchmark runs it (Production, limiter on).</summary>
public sealed class BenchApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-bench-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Her2Graph:Storage:SqlitePath", Path.Combine(_directory, "her2graph.db"));
        foreach (var budget in (string[])["AnonymousRequests", "AnonymousReads"])
        {
            builder.UseSetting($"Her2Graph:RateLimits:{budget}:TokenLimit", "1000000000");
            builder.UseSetting($"Her2Graph:RateLimits:{budget}:TokensPerPeriod", "1000000000");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp file fails no test
        }
    }
}
