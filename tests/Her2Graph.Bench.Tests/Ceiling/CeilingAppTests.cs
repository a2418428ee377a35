extern alias bench;
using bench::Her2Graph.Bench.Http.Ceiling;
using bench::Her2Graph.Bench.Http.Hosting;
using bench::Her2Graph.Bench.Http.Queries;
using Her2Graph.Bench.Tests.Support;

namespace Her2Graph.Bench.Tests.Ceiling;

public sealed class CeilingAppTests(BenchApiFactory api) : IClassFixture<BenchApiFactory>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-ceiling-tests-").FullName;

    [Fact]
    public async Task CeilingApp_LookupCaptured_ServesTheApiBytesUnchanged()
    {
        var lookup = CanonicalQueries.All().Single(q => q.Name == CanonicalQueries.Lookup);
        var (_, answer) = await Posting.PostAsync(api.CreateClient(), "/graphql", lookup.WarmBody());
        Assert.Contains("trastuzumab deruxtecan", System.Text.Encoding.UTF8.GetString(answer), StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(_directory, lookup.Name + ".json"), answer);

        var url = $"http://127.0.0.1:{PinnedProcess.FreePort()}";
        await using var ceiling = CeilingApp.Build(_directory, url);
        await ceiling.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var (status, served) = await Posting.PostAsync(client, "/q/" + lookup.Name, lookup.WarmBody());
        await ceiling.StopAsync();

        Assert.Equal(200, status);
        Assert.Equal(answer, served);
    }

    [Fact]
    public async Task CanonicalQueries_ColdVariables_AnswerWithoutErrors()
    {
        var client = api.CreateClient();
        var facts = await GraphFacts.ReadAsync(client);
        foreach (var query in CanonicalQueries.All())
        {
            foreach (var body in query.ColdBodies(facts, 3).Append(query.WarmBody()))
            {
                var (status, answer) = await Posting.PostAsync(client, "/graphql", body);
                Assert.True(status == 200, $"{query.Name}: {status}");
                Assert.DoesNotContain("\"errors\"", System.Text.Encoding.UTF8.GetString(answer), StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
