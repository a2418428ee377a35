namespace Her2Graph.Api.PersistedDocuments;

/// <summary>Documents registered by clients, by the SHA-256 of their text.</summary>
internal interface IPersistedDocumentStore
{
    Task<string?> GetAsync(string hash, CancellationToken cancellationToken);

    Task AddAsync(string hash, string document, CancellationToken cancellationToken);
}
