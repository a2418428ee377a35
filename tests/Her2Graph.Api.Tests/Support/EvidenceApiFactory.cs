using Microsoft.AspNetCore.Hosting;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The curator API seeded from Support/evidence-seed (a small graph with every kind and relationship type of the
/// evidence model) instead of graph-seed/: tests of the model's shape own their data, whatever the curated seed holds.
/// </summary>
public sealed class EvidenceApiFactory : CuratorApiFactory
{
    public static string SeedFolder { get; } = RepositoryFiles.PathOf("tests/Her2Graph.Api.Tests/Support/evidence-seed");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Her2Graph:Storage:SeedFolder", SeedFolder);
    }
}
