using GraphQL.DataLoader;

namespace Her2Graph.Api.Loaders;

/// <summary>
/// Collects the keys asked for while the executor resolves one level of a query, then fetches them all with one
/// call when the first result is awaited. Results are memoised for the request, so a key is fetched at most once.
/// GraphQL.NET defers every <see cref="IDataLoaderResult"/> until the level is complete, which is what makes this batch.
/// </summary>
internal sealed class BatchDataLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetchAsync,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batchOf = [];
    private HashSet<TKey> _pending = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.ContainsKey(key)) _pending.Add(key);
        }

        return new Result(this, key);
    }

    /// <summary>Forgets everything loaded, so that reads after a write in the same request see the write.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _batchOf.Clear();
            _pending.Clear();
        }
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_gate)
        {
            // A key loaded before a Clear() and awaited after it is fetched again: it is pending no more, nor batched.
            if (_pending.Contains(key) || !_batchOf.ContainsKey(key)) Dispatch(key, cancellationToken);
            batch = _batchOf[key];
        }

        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : missing;
    }

    private void Dispatch(TKey awaited, CancellationToken cancellationToken)
    {
        var keys = _pending;
        keys.Add(awaited);
        _pending = [];
        var batch = fetchAsync(keys, cancellationToken);
        foreach (var key in keys) _batchOf[key] = batch;
    }

    private sealed class Result(BatchDataLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
