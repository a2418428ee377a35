using System.Globalization;
using System.Text;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// CHANGELOG.md of a release: every write of the change log after the previous release's version up to the
/// released one, a section per graph version with when, who and why, then what it created, updated and deleted.
/// </summary>
internal static class ChangelogWriter
{
    /// <summary>Entries listed per version; a seed import touches every entity, and the rest is a count.</summary>
    public const int EntriesPerVersion = 200;

    public static async Task<string> WriteAsync(
        IGraphStore store, string name, GraphVersion released, ReleaseReference? previous, CancellationToken cancellationToken)
    {
        var changes = await ReadAsync(store, previous?.GraphVersion ?? 0, released.Number, cancellationToken);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Changelog of release {name}\n\n");
        var since = previous is null ? "since the graph was created" : $"since release {Code(previous.Name)} (version {previous.GraphVersion})";
        var writes = changes.Select(c => c.Version).Distinct().Count();
        text.Append(CultureInfo.InvariantCulture, $"Graph {Code(released.GraphId)}, version {released.Number}: {writes} write{(writes == 1 ? string.Empty : "s")} and {changes.Count} change{(changes.Count == 1 ? string.Empty : "s")} {since}.\n");
        foreach (var version in changes.GroupBy(c => c.Version).OrderByDescending(g => g.Key))
        {
            var first = version.First();
            var comment = first.Comment is null ? string.Empty : $": {first.Comment}";
            var counts = string.Join(", ", version.GroupBy(c => c.Operation).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
            text.Append(CultureInfo.InvariantCulture, $"\n## Version {version.Key}\n\n{first.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, by {Code(first.Actor)}{comment} ({counts})\n\n");
            foreach (var change in version.Take(EntriesPerVersion))
            {
                text.Append(CultureInfo.InvariantCulture, $"- {change.Operation.ToString().ToLowerInvariant()} {change.EntityType} {Code(change.EntityKey)}\n");
            }

            if (version.Count() > EntriesPerVersion)
            {
                text.Append(CultureInfo.InvariantCulture, $"- … and {version.Count() - EntriesPerVersion} more (GraphQL: `changes(since: {version.Key - 1})`)\n");
            }
        }

        return text.ToString();
    }

    private static async Task<List<ChangeRecord>> ReadAsync(IGraphStore store, long afterVersion, long upTo, CancellationToken cancellationToken)
    {
        var changes = new List<ChangeRecord>();
        var after = (Version: afterVersion, Sequence: 0);
        while (true)
        {
            var page = await store.GetChangesAsync(new ChangeQuery(after.Version, GraphReader.PageSize, after.Sequence), cancellationToken);
            changes.AddRange(page.Where(c => c.Version <= upTo));
            if (page.Count < GraphReader.PageSize || page[^1].Version > upTo) return changes;
            after = (page[^1].Version, page[^1].Sequence);
        }
    }

    private static string Code(string text) => "`" + text.Replace('`', '\'').Replace('\n', ' ') + "`";
}
