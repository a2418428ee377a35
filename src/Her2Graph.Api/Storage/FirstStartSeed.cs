using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;

namespace Her2Graph.Api.Storage;

/// <summary>
/// Loads graph-seed/ into a store that has never been written, so that a bare <c>dotnet run</c> serves the graph.
/// A store that has been written (even emptied by curators) is left alone, seed folder or not.
/// </summary>
internal static class FirstStartSeed
{
    /// <summary>
    /// Seeds <paramref name="store"/> (the adapter itself: no cache, no scope, so every read asks the store) when empty.
    /// An empty store with no seed folder, or an invalid one, is a <see cref="StartupFaultException"/>.
    /// </summary>
    public static async Task RunAsync(IGraphStore store, GraphStoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if ((await store.GetVersionAsync(cancellationToken)).Number != 0) return;

        var folder = Find(options);
        var importer = new SeedImporter(store, TimeProvider.System);
        using var log = new StringWriter();
        var report = await importer.ImportIfEmptyAsync(folder, log, cancellationToken);
        if (report is null) return;
        if (!report.IsValid)
        {
            throw new StartupFaultException(
                $"{folder} is invalid ({report.Errors.Count} errors; the first: {report.Errors[0]}); run `her2graph seed {folder} --dry-run` for the full report");
        }

        logger.LogInformation("Seeded the empty store from {Folder}:{NewLine}{Log}", folder, Environment.NewLine, log.ToString());
    }

    private static string Find(GraphStoreOptions options)
    {
        var setting = $"{GraphStoreOptions.Section}:SeedFolder";
        if (options.SeedFolder is { } configured)
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full) ? full : throw new StartupFaultException($"the store is empty and {setting} ({full}) does not exist: fix {setting}");
        }

        return SeedFolder.Find(Directory.GetCurrentDirectory()) ?? SeedFolder.Find(AppContext.BaseDirectory)
            ?? throw new StartupFaultException(
                $"the store is empty and no {SeedFolder.DefaultName} folder was found at or above {Directory.GetCurrentDirectory()}: set {setting}");
    }
}
