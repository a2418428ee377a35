using System.Net;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// A request stops at Her2Graph:GraphQL:Timeout, inside a store statement too, and is answered 503 TIMEOUT with
/// Retry-After. The statement here (paths at maxHops 6 over a dense graph) would run for minutes if SQLite were not
/// interrupted; Storage.Sqlite's interrupt test proves the statement itself stops.
/// </summary>
public sealed class TimeoutTests : IDisposable
{
    private readonly BoundsApiFactory _api = new(("Her2Graph:GraphQL:Timeout", "00:00:02"), ("Her2Graph:GraphQL:TimeoutRetryAfter", "00:00:07"));

    [Fact]
    public async Task SlowPathSearch_PastTheTimeout_Is503TimeoutWithRetryAfter()
    {
        await _api.Services.GetRequiredService<IGraphStore>().WriteAsync(DenseGraph.Of(26), CancellationToken.None);
        using var client = _api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = $"{{ paths(from: \"{DenseGraph.Key(0)}\", to: \"{DenseGraph.Key(1)}\", maxHops: 6, first: 100) {{ length }} }}",
            }),
        };

        using var http = await client.Http.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(http);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Equal(TimeSpan.FromSeconds(7), http.Headers.RetryAfter?.Delta);
        Assert.False(response.Data.ValueKind == System.Text.Json.JsonValueKind.Object, "a timed-out request sends no partial data");
    }

    public void Dispose() => _api.Dispose();
}
