using Her2Graph.Api.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>
/// The canonical questions of the README (src/Her2Graph.Api/Ide/examples, also offered in the IDE), run end to end
/// against the seeded graph. Each snapshot, named after its example, reads top down: the query (one string a line),
/// the store calls it caused, then the response.
/// </summary>
public sealed class CanonicalQueryTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples"), "*.graphql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task CanonicalQuery_OnSeededGraph_MatchesSnapshot(string example)
    {
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf($"src/Her2Graph.Api/Ide/examples/{example}.graphql"));
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync(query);

        Assert.Empty(response.ErrorCodes);
        Snapshot.Match(
            // Snapshooter serialises with Json.NET: hand it a Json.NET tree, not a System.Text.Json element.
            new
            {
                query = query.TrimEnd().Split('\n'),
                storeCalls = api.Store.Calls,
                response = new { data = JToken.Parse(response.Data.GetRawText()) },
            },
            example);
    }

    [Fact]
    public void CanonicalQueries_AreAtLeastTwelve() => Assert.True(Examples().Count >= 12);
}
