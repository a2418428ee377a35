using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Listing;
using Her2Graph.Storage.Sqlite.Neighbours;
using Her2Graph.Storage.Sqlite.Paths;
using Her2Graph.Storage.Sqlite.Rows;
using Her2Graph.Storage.Sqlite.Search;
using Her2Graph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode, full-text search with FTS5. Every port call is one
/// connection from the pool and one statement (paths: one to find them, two to load their nodes and relationships,
/// in one snapshot). Constructing it touches no file; <see cref="EnsureSchemaAsync"/> opens the file and creates or
/// migrates its schema (<see cref="OpenAsync"/> does both). It is thread-safe and meant to be a singleton.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteVersionReader _version;

    /// <summary>A store over <paramref name="options"/>' file; no I/O until the first call.</summary>
    public SqliteGraphStore(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options.DatabasePath);
        _version = new SqliteVersionReader(_connections);
    }

    /// <summary>
    /// Creates the file and its schema when missing, migrates an older one (safe to call on every start). Throws
    /// <see cref="SqliteException"/> for a file that is not a database or cannot be written, and
    /// <see cref="InvalidDataException"/> for a SQLite database that is not a Her2Graph graph, which is left untouched.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => SqliteSchema.EnsureAsync(_connections, cancellationToken);

    /// <summary>Constructs the store and ensures its schema: for one-shot tools and tests.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(SqliteGraphStoreOptions options, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(options);
        try
        {
            await store.EnsureSchemaAsync(cancellationToken);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteEntityReads.NodesAsync(connection, null, ids, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        XrefKeys.CheckBound(keys);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteEntityReads.NodesByXrefsAsync(connection, keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteEntityReads.RelationshipsAsync(connection, null, keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(
        NeighbourQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteNeighbourReader.ReadAsync(connection, query, cancellationToken);
    }

    public async Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteNodeLister.ListAsync(connection, query, cancellationToken);
    }

    public async Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteRelationshipLister.ListAsync(connection, query, cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteNodeSearcher.SearchAsync(connection, query, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqlitePathFinder.FindAsync(connection, query, cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteStatisticsReader.ReadAsync(connection, cancellationToken);
    }

    /// <summary>On the connection kept for it (<see cref="SqliteVersionReader"/>); a failure is a faulted task, as for every call.</summary>
    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(_version.Read(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GraphVersion>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<GraphVersion>(exception);
        }
    }

    public async Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteChangeReader.ReadAsync(connection, query, cancellationToken);
    }

    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteGraphWriter.WriteAsync(connection, write, cancellationToken);
    }

    /// <summary>Closes the pooled connections to the file, so that it can be moved or deleted.</summary>
    public void Dispose()
    {
        _version.Dispose();
        using var connection = new SqliteConnection(_connections.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
