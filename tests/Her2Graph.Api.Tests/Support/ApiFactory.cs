using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The whole API in memory over its own fresh SQLite file (seeded from graph-seed/ at start, as in production), deleted
/// on dispose. Share one per test class with <c>IClassFixture&lt;ApiFactory&gt;</c>; tests that write use their own.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "her2graph-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file behind this factory's API.</summary>
    public string SqlitePath => Path.Combine(directory, "her2graph.db");

    /// <summary>A client that posts GraphQL to <c>/graphql</c>.</summary>
    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);

        // As deployed: no developer exception page (it would show stack traces) and no Development-only behaviour.
        builder.UseEnvironment(Environments.Production);

        // A host setting, so that it is in place before the application reads its configuration.
        builder.UseSetting("Her2Graph:Storage:SqlitePath", SqlitePath);

        // Rate limits stay on (their cost is part of every test) with budgets no test reaches; Hardening/RateLimitTests
        // tests the limits themselves.
        foreach (var budget in (string[])["AnonymousRequests", "AnonymousReads", "AnonymousWrites", "KeyedRequests", "KeyedReads", "KeyedWrites"])
        {
            builder.UseSetting($"Her2Graph:RateLimits:{budget}:TokenLimit", "1000000000");
            builder.UseSetting($"Her2Graph:RateLimits:{budget}:TokensPerPeriod", "1000000000");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !Directory.Exists(directory))
        {
            return;
        }

        // Pooled connections keep the file open (which Windows refuses to delete); a leftover temp file fails no test.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
