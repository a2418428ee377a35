using System.Net;
using System.Text.Json;
using Her2Graph.Api.Limits;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>
/// A store that does not answer at start (Neo4j refusing connections or answering 503, replayed in its wire format)
/// lets the API start unready: <c>/health/ready</c> says why, reads get STORE_UNAVAILABLE, and start-up is retried
/// with backoff until the store answers. Wrong credentials are permanent: one line, no start.
/// </summary>
public sealed class TransientStartupTests
{
    [Theory]
    [InlineData(ReplayingNeo4jHandler.State.Refusing, "cannot be reached: Connection refused")]
    [InlineData(ReplayingNeo4jHandler.State.Unavailable, "answered 503")]
    public async Task StoreDownAtStart_ApiStartsUnready_ThenServesOnceTheStoreAnswers(ReplayingNeo4jHandler.State down, string reason)
    {
        using var api = new Neo4jReplayApiFactory();
        api.Neo4j.Mode = down;
        using var client = api.CreateGraphQLClient();

        var (readyStatus, ready) = await ReadyAsync(client);
        var live = await client.Http.GetAsync("/health/live");
        var read = await client.PostAsync("{ graph { nodeCount } }");
        var legacy = await client.PostAsync("{ graph { nodeCount } }", accept: "application/json");
        api.Neo4j.Mode = ReplayingNeo4jHandler.State.Up;
        var recovered = await WaitUntilReadyAsync(client);
        var after = await client.PostAsync("{ graph { nodeCount } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        var store = ready.GetProperty("checks").GetProperty("store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("Neo4j at http://neo4j.test:7474", store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(reason, store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(store.GetProperty("data").GetProperty("failedAttempts").GetInt32() >= 1);
        Assert.DoesNotContain(Neo4jReplayApiFactory.Password, ready.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.Equal(["STORE_UNAVAILABLE"], read.ErrorCodes);
        Assert.Equal(UnhandledErrors.StoreUnavailableMessage, read.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("graph", read.Json.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.DoesNotContain("refused", read.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("503", read.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(["STORE_UNAVAILABLE"], legacy.ErrorCodes);

        Assert.True(recovered, "the API never became ready after the store came back");
        Assert.Contains(api.Neo4j.Statements, s => s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
        Assert.Null(after.Json.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null);
        Assert.Equal(1, after.Data.GetProperty("graph").GetProperty("nodeCount").GetInt32());
    }

    [Fact]
    public async Task StoreUpAtStart_IsReadyAtOnce_WithTheSchemaEnsured()
    {
        using var api = new Neo4jReplayApiFactory();
        using var client = api.CreateGraphQLClient();

        var (status, ready) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, ready.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("graphVersion").GetInt32());
        Assert.Contains(api.Neo4j.Statements, s => s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public void CredentialsRefused_RefusesToStartNamingTheSettings()
    {
        using var api = new Neo4jReplayApiFactory();
        api.Neo4j.Mode = ReplayingNeo4jHandler.State.RefusingCredentials;

        var printed = api.RefusedStart().Trim();

        Assert.Equal(
            "Her2Graph cannot start: Neo4j at http://neo4j.test:7474 refused user 'neo4j' (Neo.ClientError.Security.Unauthorized): "
            + "check Her2Graph:Storage:Neo4j:User and Her2Graph:Storage:Neo4j:Password",
            printed);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(GraphQLClient client)
    {
        using var response = await client.Http.GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    // Retries run every 20 to 100 ms here; the bound only keeps a broken retry loop from hanging the suite.
    private static async Task<bool> WaitUntilReadyAsync(GraphQLClient client)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await ReadyAsync(client)).Status == HttpStatusCode.OK) return true;
            await Task.Delay(50);
        }

        return false;
    }
}
