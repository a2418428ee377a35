using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>Query.changes: the change log as a Relay connection, with who, when, why and the entity as it is now.</summary>
public sealed class ChangesTests : IAsyncLifetime, IDisposable
{
    private const string Changes = """
        query($since: Int, $first: Int, $after: String) {
          changes(since: $since, first: $first, after: $after) {
            edges { cursor node { version sequence at actor comment operation entityType entityKey node { key } relationship { key } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private readonly CuratorApiFactory api = new();
    private readonly GraphQLClient client;
    private int seeded;

    public ChangesTests() => client = api.CreateCuratorClient();

    public async Task InitializeAsync()
    {
        seeded = (await GraphState.ReadAsync(client)).Version;
        await client.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("changinib", "Changinib", alias: "CHG-1"), comment = "add changinib" });
        await client.PostAsync(Documents.Link, new { input = Documents.SensitiveTo(drug: "changinib", qualifier: "log cohort", arm: null), comment = "first result" });
        await client.PostAsync(Documents.Unlink, new { input = new { type = "SENSITIVE_TO", from = "ERBB2:A775_G776insYVMA", to = "changinib", qualifier = "log cohort" } });
    }

    [Fact]
    public async Task Changes_SinceTheSeed_ListEachWriteWithWhoWhenWhy()
    {
        var page = await PageAsync(seeded, 10, null);

        var changes = Nodes(page);
        Assert.Equal(3, changes.Count);
        Assert.Equal([seeded + 1, seeded + 2, seeded + 3], changes.Select(c => c.GetProperty("version").GetInt32()));
        Assert.All(changes, c => Assert.Equal(TestApiKeys.CuratorId, c.GetProperty("actor").GetString()));
        Assert.All(changes, c => Assert.Equal(CuratorApiFactory.Now, c.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(["add changinib", "first result", null], changes.Select(c => c.GetProperty("comment").GetString()));
        Assert.Equal(["CREATED", "CREATED", "DELETED"], changes.Select(c => c.GetProperty("operation").GetString()));
        Assert.Equal(["NODE", "RELATIONSHIP", "RELATIONSHIP"], changes.Select(c => c.GetProperty("entityType").GetString()));
        Assert.Equal("changinib", changes[0].GetProperty("node").GetProperty("key").GetString());
        Assert.Equal("ERBB2:A775_G776insYVMA|SENSITIVE_TO|changinib|log cohort", changes[1].GetProperty("entityKey").GetString());
        Assert.Equal(JsonValueKind.Null, changes[1].GetProperty("relationship").ValueKind);
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Changes_PagedWithFirstAndAfter_ListEachChangeOnce()
    {
        var first = await PageAsync(seeded, 2, null);
        var second = await PageAsync(seeded, 2, first.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            [seeded + 1, seeded + 2, seeded + 3],
            Nodes(first).Concat(Nodes(second)).Select(c => c.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Changes_OfTheSeedImport_AreBySeed()
    {
        var page = await PageAsync(0, 1, null);

        Assert.Equal("seed", Nodes(page).Single().GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Changes_WithAForeignCursor_IsBadCursor()
    {
        var response = await client.PostAsync(Changes, new { after = "bm90LWEtY3Vyc29y" });

        Assert.Equal(["BAD_CURSOR"], response.ErrorCodes);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        client.Dispose();
        api.Dispose();
    }

    private async Task<JsonElement> PageAsync(int since, int first, string? after)
    {
        var response = await client.PostAsync(Changes, new { since, first, after });
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("changes");
    }

    private static List<JsonElement> Nodes(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
}
