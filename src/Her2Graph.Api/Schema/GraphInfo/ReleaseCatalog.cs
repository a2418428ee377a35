using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Api.Schema.GraphInfo;

/// <summary>
/// The releases of the configured folder, and which one a graph version belongs to: the release whose manifest names
/// the same graph id and version (a write after the release moves the version on, and the answer is then none). The
/// folder is read at most once per <see cref="ReleaseOptions.RefreshAfter"/>, never per request.
/// </summary>
internal sealed class ReleaseCatalog(ReleaseOptions options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset ReadAt, IReadOnlyList<ReleaseManifest> Manifests)? _read;

    public async Task<ReleaseManifest?> FindAsync(GraphVersion version, CancellationToken cancellationToken)
    {
        if (options.Folder is not { Length: > 0 } folder) return null;
        var manifests = await ManifestsAsync(folder, cancellationToken);
        return manifests.LastOrDefault(m => m.GraphId == version.GraphId && m.GraphVersion == version.Number);
    }

    private async Task<IReadOnlyList<ReleaseManifest>> ManifestsAsync(string folder, CancellationToken cancellationToken)
    {
        if (_read is { } fresh && clock.GetUtcNow() - fresh.ReadAt < options.RefreshAfter) return fresh.Manifests;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_read is { } again && clock.GetUtcNow() - again.ReadAt < options.RefreshAfter) return again.Manifests;
            var manifests = await ReleaseManifest.ReadAllAsync(folder, cancellationToken);
            _read = (clock.GetUtcNow(), manifests);
            return manifests;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();
}
