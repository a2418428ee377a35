using Her2Graph.Cli;
using Her2Graph.Cli.Stores;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Seeding.Tests.Cli.Stores;

/// <summary>Opening a store from a locator: SQLite files for real; a Neo4j locator without credentials is refused before any request.</summary>
public sealed class StoreOpenerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-opener-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Open_MissingSqliteSource_IsRefusedAndCreatesNothing()
    {
        var path = Path.Combine(_directory, "missing", "graph.db");

        var error = await Assert.ThrowsAsync<StoreLocatorException>(() =>
            StoreOpener.OpenAsync(new StoreLocator.Sqlite(path), mustExist: true, Console(), CancellationToken.None));

        Assert.Equal($"no SQLite store at {path}", error.Message);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task Open_MissingSqliteTarget_CreatesAnEmptyGraph()
    {
        var path = Path.Combine(_directory, "new", "graph.db");

        using (var opened = await StoreOpener.OpenAsync(new StoreLocator.Sqlite(path), mustExist: false, Console(), CancellationToken.None))
        {
            Assert.Equal(0, (await opened.Store.GetVersionAsync(CancellationToken.None)).Number);
            Assert.Equal(path, opened.Description);
        }

        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData(null, "secret")]
    [InlineData("neo4j", null)]
    public async Task Open_Neo4jWithoutCredentials_IsRefusedNamingTheVariables(string? user, string? password)
    {
        var sent = false;
        var console = Console() with
        {
            GetEnvironmentVariable = name => name switch
            {
                StoreLocator.UserVariable => user,
                StoreLocator.PasswordVariable => password,
                _ => null,
            },
            HttpHandler = new SendingNothing(() => sent = true),
        };

        var error = await Assert.ThrowsAsync<StoreLocatorException>(() =>
            StoreOpener.OpenAsync(new StoreLocator.Neo4j(new Uri("http://neo4j:7474/"), "neo4j"), mustExist: true, console, CancellationToken.None));

        Assert.Equal("Neo4j at http://neo4j:7474/ (database neo4j) needs HER2GRAPH_NEO4J_USER and HER2GRAPH_NEO4J_PASSWORD set", error.Message);
        Assert.False(sent);
    }

    private CommandConsole Console() => new(TextWriter.Null, TextWriter.Null, _directory) { GetEnvironmentVariable = _ => null };

    private sealed class SendingNothing(Action onSend) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            throw new InvalidOperationException("no request was expected");
        }
    }
}
