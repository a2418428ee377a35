using System.Collections.Concurrent;
using System.Text;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Cli;
using Her2Graph.Cli.Stores;

namespace Her2Graph.Api.Tests.Cli;

/// <summary>A Neo4j locator opens the Neo4j adapter on its database with the credentials from the environment (replayed Query API).</summary>
public sealed class StoreOpenerNeo4jTests
{
    [Fact]
    public async Task Open_Neo4jLocator_QueriesItsDatabaseWithTheEnvironmentsCredentials()
    {
        var neo4j = new Recording(new ReplayingNeo4jHandler());
        var console = new CommandConsole(TextWriter.Null, TextWriter.Null, Path.GetTempPath())
        {
            HttpHandler = neo4j,
            GetEnvironmentVariable = name => name switch
            {
                StoreLocator.UserVariable => "curator",
                StoreLocator.PasswordVariable => "s3cret",
                _ => null,
            },
        };
        Assert.True(StoreLocator.TryParse("neo4j+http://neo4j.test:7474?database=her2graph", console.CurrentDirectory, out var locator, out var error), error);

        using var opened = await StoreOpener.OpenAsync(locator, mustExist: true, console, CancellationToken.None);
        var version = await opened.Store.GetVersionAsync(CancellationToken.None);

        Assert.Equal(long.Parse(ReplayingNeo4jHandler.Version, System.Globalization.CultureInfo.InvariantCulture), version.Number);
        Assert.Equal("Neo4j at http://neo4j.test:7474/ (database her2graph)", opened.Description);
        Assert.NotEmpty(neo4j.Requests);
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("curator:s3cret"));
        Assert.All(neo4j.Requests, request =>
        {
            Assert.StartsWith("http://neo4j.test:7474/db/her2graph/query/v2", request.Uri, StringComparison.Ordinal);
            Assert.Equal(basic, request.Authorization);
        });
    }

    private sealed class Recording(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public ConcurrentQueue<(string Uri, string? Authorization)> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
