using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;

namespace Her2Graph.Api.Storage;

internal static class SeedOnStartExtensions
{
    /// <summary>
    /// Loads graph-seed/ into a store that has never been written, so that a bare <c>dotnet run</c> serves the graph.
    /// A store that has been written (even emptied by curators) is left alone.
    /// </summary>
    public static async Task SeedEmptyStoreAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<GraphStoreOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Her2Graph.Seeding");
        var folder = options.SeedFolder ?? SeedFolder.Find(Directory.GetCurrentDirectory()) ?? SeedFolder.Find(AppContext.BaseDirectory);
        if (folder is null)
        {
            logger.LogWarning("No graph-seed folder found from {Directory}; the store is not seeded", Directory.GetCurrentDirectory());
            return;
        }

        var importer = new SeedImporter(app.Services.GetRequiredService<IGraphStore>(), TimeProvider.System);
        using var log = new StringWriter();
        var report = await importer.ImportIfEmptyAsync(folder, log, app.Lifetime.ApplicationStopping);
        if (report is null) return;
        if (!report.IsValid)
        {
            throw new InvalidOperationException(
                $"graph-seed at {folder} is invalid; fix it (run the seed command for the full report):{Environment.NewLine}{string.Join(Environment.NewLine, report.Errors)}");
        }

        logger.LogInformation("Seeded the empty store from {Folder}:{NewLine}{Log}", folder, Environment.NewLine, log.ToString());
    }
}
