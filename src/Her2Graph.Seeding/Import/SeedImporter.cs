using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Import;

/// <summary>
/// Imports a seed folder into a store: reads every file, validates the whole folder (every error reported; if any,
/// nothing is written), then writes all nodes and relationships in one atomic write. Running it twice changes nothing
/// the second time: the store recognises unchanged entities and does not bump the graph version.
/// </summary>
public sealed class SeedImporter(IGraphStore store, TimeProvider clock)
{
    /// <summary>The actor recorded in audit stamps and the change log.</summary>
    public const string Actor = "seed";

    /// <summary>Imports <paramref name="folder"/>, writing progress to <paramref name="log"/> (errors are in the report, not the log).</summary>
    public async Task<SeedReport> ImportAsync(string folder, SeedOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (report, validation) = await CheckFolderAsync(folder, ExistingNodes.In(store), log, options.Progress, cancellationToken);
        if (!report.IsValid) return report;
        if (options.DryRun)
        {
            await log.WriteLineAsync("dry run: nothing written");
            return report;
        }

        var comment = options.Comment ?? $"import of {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))}";
        var write = GraphWrite.Upsert(validation.Nodes, validation.Relationships, new WriteContext(Actor, clock.GetUtcNow(), comment));
        var records = validation.Nodes.Count + validation.Relationships.Count;
        options.Progress?.Report(new ImportProgress(ImportProgress.Writing, 0, records));
        // Cancelled before the write: nothing written. During it: the store's one transaction rolls back (SQLite's
        // statement is interrupted), so a cancelled import never leaves a part behind.
        cancellationToken.ThrowIfCancellationRequested();
        var result = await store.WriteAsync(write, cancellationToken);
        options.Progress?.Report(new ImportProgress(ImportProgress.Writing, records, records));
        await log.WriteLineAsync(SeedProgress.Written(result));
        return report with { Write = result };
    }

    /// <summary>
    /// Reads and validates <paramref name="folder"/> without a store, writing progress to <paramref name="log"/>:
    /// a dry run where there is nothing to write to yet.
    /// </summary>
    /// <param name="existing">Finds relationship ends outside the folder; <see cref="ExistingNodes.None"/> when the folder must be complete.</param>
    public static Task<SeedReport> CheckAsync(string folder, ExistingNodeLookup existing, TextWriter log, CancellationToken cancellationToken) =>
        CheckAsync(folder, existing, log, progress: null, cancellationToken);

    /// <inheritdoc cref="CheckAsync(string, ExistingNodeLookup, TextWriter, CancellationToken)"/>
    /// <param name="progress">Told of each file read and of validation starting and ending; null for none.</param>
    public static async Task<SeedReport> CheckAsync(
        string folder, ExistingNodeLookup existing, TextWriter log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        (await CheckFolderAsync(folder, existing, log, progress, cancellationToken)).Report;

    /// <summary>
    /// Imports <paramref name="folder"/> when the store has never been written (graph version 0), as the API does at
    /// startup; returns null, having done nothing, otherwise.
    /// </summary>
    public async Task<SeedReport?> ImportIfEmptyAsync(string folder, TextWriter log, CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        return version.Number == 0 ? await ImportAsync(folder, new SeedOptions(), log, cancellationToken) : null;
    }

    private static async Task<(SeedReport Report, GraphValidationResult Validation)> CheckFolderAsync(
        string folder, ExistingNodeLookup existing, TextWriter log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var reading = SeedFolderReader.Read(folder, progress);
        foreach (var file in reading.Files) await log.WriteLineAsync(file.ToString());
        // Reading is synchronous; a large folder's validation is not worth starting once the caller has gone.
        cancellationToken.ThrowIfCancellationRequested();

        var records = reading.Input.Nodes.Count + reading.Input.Relationships.Count;
        progress?.Report(new ImportProgress(ImportProgress.Validating, 0, records));
        var validation = await GraphInputValidator.ValidateAsync(reading.Input, existing, cancellationToken);
        progress?.Report(new ImportProgress(ImportProgress.Validating, records, records));
        // Distinct: an unknown kind or type is reported by the file's header and again by each of its records.
        var errors = reading.Errors.Concat(validation.Errors).Distinct().ToList();
        if (reading.Files.Any(f => f.Header is null))
        {
            // A file that could not be read would make every relationship to its nodes a MISSING_NODE: noise, not news.
            errors.RemoveAll(e => e.Code == ErrorCodes.MissingNode.Code);
        }

        if (errors.Count > 0)
        {
            await log.WriteLineAsync($"validation: {Plural(errors.Count, "error")}; nothing written");
            var sorted = errors.OrderBy(e => e.Location, SeedLocationOrder.Instance).ToList();
            return (new SeedReport(reading.Files, sorted, new Dictionary<NodeKind, int>(), new Dictionary<RelationshipType, int>(), null), validation);
        }

        var nodeCounts = Enum.GetValues<NodeKind>().ToDictionary(k => k, k => validation.Nodes.Count(n => n.Kind == k));
        var relationshipCounts = Enum.GetValues<RelationshipType>().ToDictionary(t => t, t => validation.Relationships.Count(r => r.Type == t));
        await log.WriteLineAsync(
            $"validation: no errors in {Plural(validation.Nodes.Count, "node")} and {Plural(validation.Relationships.Count, "relationship")}");
        await log.WriteLineAsync(SeedProgress.Counts(nodeCounts, relationshipCounts));
        return (new SeedReport(reading.Files, [], nodeCounts, relationshipCounts, null), validation);
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
