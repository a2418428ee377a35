using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Bookmarks;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Listing;
using Her2Graph.Storage.Neo4j.Paths;
using Her2Graph.Storage.Neo4j.Rows;
using Her2Graph.Storage.Neo4j.Search;
using Her2Graph.Storage.Neo4j.Writing;

namespace Her2Graph.Storage.Neo4j;

/// <summary>
/// The production graph store: Neo4j over its HTTP Query API (typed JSON), so it runs against a self-managed server
/// or Aura with no driver. Every read is one request with one statement (its own implicit transaction, so one
/// snapshot); a write is one explicit transaction (lock, read, plan, apply, commit) rolled back on any problem.
/// Constructing it sends nothing; <see cref="EnsureSchemaAsync"/> creates the constraints and indexes (<see cref="OpenAsync"/>
/// does both). It is thread-safe and meant to be a singleton, like the HttpClient it uses (which its owner disposes).
/// A server that cannot be reached, times out or answers 5xx fails a call with <see cref="GraphStoreUnavailableException"/>;
/// one that refuses the credentials, with <see cref="Neo4jQueryException"/> (<c>Neo.ClientError.Security.*</c>).
/// On a cluster, reads go with <c>accessMode: Read</c> after the bookmarks of the latest writes (<see cref="IBookmarkStore"/>).
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jQueryClient _client;
    private readonly INeo4jRunner _reads;
    private readonly Neo4jGraphStoreOptions _options;

    /// <summary>
    /// A store on <paramref name="options"/>' server through <paramref name="httpClient"/>; no request until the first
    /// call. <paramref name="bookmarks"/> keeps the latest writes' bookmarks: this process's memory when not given,
    /// shared through Redis by API replicas.
    /// </summary>
    public Neo4jGraphStore(HttpClient httpClient, Neo4jGraphStoreOptions options, IBookmarkStore? bookmarks = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _client = new Neo4jQueryClient(httpClient, options, bookmarks);
        _reads = _client.Reads;
        _options = options;
    }

    /// <summary>
    /// Creates the constraints, indexes and meta node when missing (safe to call on every start), and stamps an empty
    /// graph with this build's data model. Throws <see cref="GraphModelMismatchException"/>, leaving the graph as it
    /// was, when it holds nodes of another model (or of none recorded: written before models were recorded).
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => Neo4jSchema.EnsureAsync(_client, _options, cancellationToken);

    /// <summary>Constructs the store and ensures its schema: for one-shot tools and tests.</summary>
    public static async Task<Neo4jGraphStore> OpenAsync(HttpClient httpClient, Neo4jGraphStoreOptions options, CancellationToken cancellationToken)
    {
        var store = new Neo4jGraphStore(httpClient, options);
        await store.EnsureSchemaAsync(cancellationToken);
        return store;
    }

    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await Neo4jEntityReads.NodesAsync(_reads, ids, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        XrefKeys.CheckBound(keys);
        return await Neo4jEntityReads.NodesByXrefsAsync(_reads, keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        await Neo4jEntityReads.RelationshipsAsync(_reads, keys, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        Neo4jNeighbourReader.ReadAsync(_reads, query, cancellationToken);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        Neo4jNodeLister.ListAsync(_reads, query, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Neo4jRelationshipLister.ListAsync(_reads, query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Neo4jNodeSearcher.SearchAsync(_reads, query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Neo4jPathFinder.FindAsync(_reads, query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Neo4jStatisticsReader.ReadAsync(_reads, cancellationToken);

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) =>
        Neo4jStatisticsReader.ReadVersionAsync(_reads, cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        Neo4jChangeReader.ReadAsync(_reads, query, cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Neo4jGraphWriter.WriteAsync(_client, write, cancellationToken);
    }

    /// <summary>
    /// Removes the whole graph, version and change log included, and leaves it as a new store with a new graph id:
    /// for tests that need an empty store.
    /// </summary>
    internal async Task DeleteEverythingAsync(CancellationToken cancellationToken)
    {
        await _client.RunAsync(Neo4jStatements.DeleteEverything, new Dictionary<string, object?>(), cancellationToken);
        await Neo4jSchema.EnsureMetaAsync(_client, _options, cancellationToken);
    }
}
