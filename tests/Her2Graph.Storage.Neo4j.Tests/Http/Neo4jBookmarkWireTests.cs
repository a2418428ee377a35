using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Bookmarks;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Http;

/// <summary>
/// Ready for a cluster, seen from the wire (no cluster runs here): reads carry <c>accessMode: Read</c> and the latest
/// writes' bookmarks in the request body, as the Query API documents ("Coordinate transactions and enforce causal
/// consistency"); writes go with write access, start after the known bookmarks, and their commit's bookmarks replace
/// those; with the bookmarks unknown (Redis down) reads go with write access, to the leader.
/// </summary>
public sealed class Neo4jBookmarkWireTests : IDisposable
{
    private const string CommitBookmark = "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ";

    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task Read_AfterAWriteCommitted_GoesWithAccessModeReadAndTheCommitsBookmark()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        _server.CommitAnswer = QueryApiResponses.Committed(CommitBookmark);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Erbb2)], [], TestGraph.Seed), CancellationToken.None);
        var begin = Body(_server.Requests[0]);
        var commit = _server.Requests[^1];
        _server.Requests.Clear();
        await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None);

        // The write started after the bookmark the schema statements left, with write access (no accessMode: Write).
        Assert.Equal([QueryApiResponses.EmptyBookmark], Bookmarks(begin));
        Assert.False(begin.TryGetProperty("accessMode", out _));
        Assert.EndsWith("/commit", commit.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(QueryApiResponses.Affinity, commit.Affinity);

        // The commit's bookmark replaced the one the write started with.
        var read = Body(Assert.Single(_server.Requests));
        Assert.Equal("Read", read.GetProperty("accessMode").GetString());
        Assert.Equal([CommitBookmark], Bookmarks(read));
    }

    [Fact]
    public async Task Read_EveryReadOfTheStore_GoesWithAccessModeRead()
    {
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options);
        _server.Respond("""
            {"data": {"fields": ["graphId", "version"], "values": [[{"$type": "String", "_value": "g"}, {"$type": "Integer", "_value": "3"}]]}, "bookmarks": []}
            """);

        await store.GetVersionAsync(CancellationToken.None);
        await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None);
        await store.GetChangesAsync(new ChangeQuery(0, 10), CancellationToken.None);
        await store.SearchAsync(new SearchQuery("her2", null, 10), CancellationToken.None);

        Assert.Equal(4, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Read", Body(r).GetProperty("accessMode").GetString()));

        // Nothing written yet through this store: no bookmarks to wait for, and none sent.
        Assert.All(_server.Requests, r => Assert.False(Body(r).TryGetProperty("bookmarks", out _)));
    }

    [Fact]
    public async Task Read_BookmarksUnknown_GoesWithWriteAccessWithoutBookmarks()
    {
        var bookmarks = new UnknownBookmarkStore();
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options, bookmarks);

        await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None);

        var read = Body(Assert.Single(_server.Requests));
        Assert.False(read.TryGetProperty("accessMode", out _));
        Assert.False(read.TryGetProperty("bookmarks", out _));
    }

    [Fact]
    public async Task Write_BookmarksUnknown_CommitsAndOffersTheCommitsBookmark()
    {
        var bookmarks = new UnknownBookmarkStore();
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options, bookmarks);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        _server.CommitAnswer = QueryApiResponses.Committed(CommitBookmark);

        var result = await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Erbb2)], [], TestGraph.Seed), CancellationToken.None);

        Assert.Equal(1, result.Version);
        Assert.False(Body(_server.Requests[0]).TryGetProperty("bookmarks", out _));
        Assert.Equal(1, bookmarks.Updates);
    }

    [Fact]
    public async Task Write_RolledBack_KeepsTheBookmarksItStartedWith()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        _server.CommitAnswer = QueryApiResponses.Committed(CommitBookmark);
        var dangling = TestGraph.Relationship(RelationshipType.Targets, TestGraph.Tdxd, "NO_GENE");

        await Assert.ThrowsAsync<GraphWriteException>(
            () => store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Tdxd)], [dangling], TestGraph.Seed), CancellationToken.None));
        _server.Requests.Clear();
        await store.GetNodesAsync([TestGraph.Tdxd], CancellationToken.None);

        Assert.Equal([QueryApiResponses.EmptyBookmark], Bookmarks(Body(Assert.Single(_server.Requests))));
    }

    [Fact]
    public async Task InProcessStore_TwoWritersFromTheSameBookmarks_KeepsBothCommits()
    {
        var store = new InProcessBookmarkStore();
        await store.UpdateAsync([], ["FB:b0"], CancellationToken.None);
        var used = await store.GetAsync(CancellationToken.None) ?? [];

        await store.UpdateAsync(used, ["FB:b1"], CancellationToken.None);
        await store.UpdateAsync(used, ["FB:b2"], CancellationToken.None);
        var afterBoth = await store.GetAsync(CancellationToken.None);
        await store.UpdateAsync(afterBoth!, ["FB:b3"], CancellationToken.None);

        Assert.Equal(["FB:b1", "FB:b2"], afterBoth);
        Assert.Equal(["FB:b3"], await store.GetAsync(CancellationToken.None));
    }

    private static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    private static List<string?> Bookmarks(JsonElement body) => [.. body.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString())];

    public void Dispose() => _server.Dispose();
}
