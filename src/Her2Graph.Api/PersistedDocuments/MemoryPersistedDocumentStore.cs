using Microsoft.Extensions.Caching.Memory;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>
/// Registered documents in this process, bounded in bytes of text: registration is open to anyone, so an unbounded
/// store would be a way to exhaust memory. Each replica has its own; a client whose hash is unknown to one simply
/// registers it again there.
/// </summary>
internal sealed class MemoryPersistedDocumentStore(PersistedDocumentOptions options) : IPersistedDocumentStore, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.MemorySizeLimit });

    public Task<string?> GetAsync(string hash, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.TryGetValue(hash, out string? document) ? document : null);

    public Task AddAsync(string hash, string document, CancellationToken cancellationToken)
    {
        _documents.Set(hash, document, new MemoryCacheEntryOptions { Size = Math.Max(1, document.Length * sizeof(char)) });
        return Task.CompletedTask;
    }

    public void Dispose() => _documents.Dispose();
}
