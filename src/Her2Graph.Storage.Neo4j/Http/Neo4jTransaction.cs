using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>
/// An open explicit transaction. Every request echoes the <c>neo4j-cluster-affinity</c> header the server sent when
/// it opened, so that a cluster routes it to the member that holds the transaction. It started after the bookmarks
/// <paramref name="used"/>; its commit's bookmarks replace them in the client's bookmark store.
/// </summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity, IReadOnlyList<string> used) : INeo4jRunner
{
    public string Id => id;

    public string? Affinity => affinity;

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await client.SendAsync(HttpMethod.Post, client.TransactionUri(id), Neo4jRequestBody.Statement(statement, parameters), affinity, cancellationToken)).Result;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var (committed, _) = await client.SendAsync(HttpMethod.Post, client.TransactionUri(id, "/commit"), body: null, affinity, cancellationToken);
        await client.KeepAsync(used, committed);
    }

    /// <summary>
    /// Rolls back, never throwing: it runs while another failure is already on its way up, and a transaction the
    /// server closed after an error (or that timed out) is rolled back anyway.
    /// </summary>
    public async Task RollbackAsync()
    {
        try
        {
            // Not the caller's token: a cancelled write must still release its locks now, not after the idle timeout.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.SendAsync(HttpMethod.Delete, client.TransactionUri(id), body: null, affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jQueryException or GraphStoreUnavailableException or HttpRequestException or OperationCanceledException)
        {
        }
    }
}
