using Her2Graph.Seeding.Export;

namespace Her2Graph.Api.Tests.Export;

/// <summary><c>graph { release version }</c> and <c>extensions.graph</c>: what a response was read from, to cite it.</summary>
public sealed class GraphReleaseTests
{
    private const string Query = "{ graph { version release { name version previous } } }";

    [Fact]
    public async Task Graph_NoRelease_ReportsNullReleaseAndTheVersionInExtensions()
    {
        using var api = new ExportApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(Query);

        var graph = response.Json.GetProperty("extensions").GetProperty("graph");
        Assert.Equal(response.Data.GetProperty("graph").GetProperty("version").GetInt64(), graph.GetProperty("version").GetInt64());
        Assert.Equal((await api.Store.GetVersionAsync(CancellationToken.None)).GraphId, graph.GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, graph.GetProperty("release").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("graph").GetProperty("release").ValueKind);
    }

    [Fact]
    public async Task Graph_ServedVersionReleased_ReportsTheReleaseUntilTheNextWrite()
    {
        using var api = new ExportApiFactory();
        using var client = api.CreateGraphQLClient();
        var manifest = await ReleaseWriter.WriteAsync(api.Store, "2026.12", Path.Combine(api.ReleasesFolder, "2026.12"), null, CancellationToken.None);

        var released = await client.PostAsync(Query);
        await api.WriteGeneAsync("GENE-AFTER-THE-RELEASE");
        var after = await client.PostAsync(Query);

        var release = released.Data.GetProperty("graph").GetProperty("release");
        Assert.Equal("2026.12", release.GetProperty("name").GetString());
        Assert.Equal(manifest.GraphVersion, release.GetProperty("version").GetInt64());
        Assert.Equal("2026.12", released.Json.GetProperty("extensions").GetProperty("graph").GetProperty("release").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.Data.GetProperty("graph").GetProperty("release").ValueKind);
        Assert.Equal(manifest.GraphVersion + 1, after.Json.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetInt64());
    }
}
