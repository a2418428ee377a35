using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// Copies a whole graph from one store to another (SQLite ↔ Neo4j), as read at one version (<see cref="GraphReader"/>),
/// in batches of <see cref="NodeBatchSize"/> nodes, then <see cref="RelationshipBatchSize"/> relationships.
/// <para>
/// <b>Resumable, not all-or-nothing.</b> Each batch is one transaction in the target, so a run that stops half way
/// (a network fault, Ctrl+C) leaves the batches it sent. Running the same copy again resumes it: the target is
/// accepted when it has never been written, or when every write in its change log is a batch of a copy of the same
/// source graph at the same version (actor <see cref="Actor"/>, comment <see cref="CommentFor"/>); batches already
/// there change nothing (an identical upsert keeps the version) and the rest are written. Any other target, or a
/// partial copy of another source or version, is refused with <see cref="CopyRefusedException"/> before anything is
/// written.
/// </para>
/// <para>
/// The target keeps its own graph id (created with its schema), so two stores never share cache entries. Content
/// is identical: ids, kinds, names, aliases, properties, citations, statuses, status notes, evidence levels, xrefs.
/// Audit stamps and the change log are the target's own: every entity is stamped as written by <see cref="Actor"/>
/// at the time of the copy (the write port takes one actor and time per batch), and the source's history stays in the
/// source (a release's changelog is made from the store it is released from).
/// </para>
/// </summary>
public static class GraphCopier
{
    /// <summary>The actor of the copy's writes in the target's audit stamps and change log.</summary>
    public const string Actor = "copy";

    public const int NodeBatchSize = 100;

    public const int RelationshipBatchSize = 200;

    /// <summary>The change-log comment of every batch of a copy of <paramref name="source"/>: how a resumed run recognises its own writes.</summary>
    public static string CommentFor(GraphVersion source) => $"copy of graph {source.GraphId} at version {source.Number}";

    public static Task<CopyResult> CopyAsync(IGraphStore from, IGraphStore to, IProgress<ExportProgress>? progress, CancellationToken cancellationToken) =>
        CopyAsync(from, to, TimeProvider.System, progress, cancellationToken);

    public static async Task<CopyResult> CopyAsync(
        IGraphStore from, IGraphStore to, TimeProvider clock, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(clock);
        var snapshot = await GraphReader.ReadAsync(from, progress, cancellationToken);
        var targetBefore = await to.GetVersionAsync(cancellationToken);
        if (targetBefore.GraphId == snapshot.Version.GraphId)
        {
            throw new CopyRefusedException($"the source and the target are the same graph ({snapshot.Version.GraphId}): copy to another store");
        }

        var resumed = await CheckTargetAsync(to, targetBefore, snapshot.Version, cancellationToken);
        var context = new WriteContext(Actor, clock.GetUtcNow(), CommentFor(snapshot.Version));
        var batches = 0;
        foreach (var (batch, done) in Batches(snapshot.Nodes, NodeBatchSize))
        {
            await to.WriteAsync(GraphWrite.Upsert(batch, [], context), cancellationToken);
            batches++;
            progress?.Report(new ExportProgress("write nodes", done, snapshot.Nodes.Count));
        }

        foreach (var (batch, done) in Batches(snapshot.Relationships, RelationshipBatchSize))
        {
            await to.WriteAsync(GraphWrite.Upsert([], batch, context), cancellationToken);
            batches++;
            progress?.Report(new ExportProgress("write relationships", done, snapshot.Relationships.Count));
        }

        var statistics = await to.GetStatisticsAsync(cancellationToken);
        var nodes = statistics.NodeCounts.Values.Sum();
        var relationships = statistics.RelationshipCounts.Values.Sum();
        if (nodes != snapshot.Nodes.Count || relationships != snapshot.Relationships.Count)
        {
            throw new InvalidOperationException(
                $"the target holds {nodes} nodes and {relationships} relationships after the copy, the source {snapshot.Nodes.Count} and {snapshot.Relationships.Count}: was it written to during the copy?");
        }

        return new CopyResult(nodes, relationships, snapshot.Version, await to.GetVersionAsync(cancellationToken), batches, resumed);
    }

    /// <summary>False for a target never written; true for one holding part of this same copy; refused otherwise.</summary>
    private static async Task<bool> CheckTargetAsync(IGraphStore to, GraphVersion target, GraphVersion source, CancellationToken cancellationToken)
    {
        if (target.Number == 0) return false;
        var comment = CommentFor(source);
        var after = (Version: 0L, Sequence: 0);
        while (true)
        {
            var changes = await to.GetChangesAsync(new ChangeQuery(after.Version, GraphReader.PageSize, after.Sequence), cancellationToken);
            foreach (var change in changes)
            {
                if (change.Actor == Actor && change.Comment == comment) continue;
                var statistics = await to.GetStatisticsAsync(cancellationToken);
                var what = change.Actor == Actor && change.Comment?.StartsWith("copy of graph ", StringComparison.Ordinal) == true
                    ? $"a partial {change.Comment}, not of graph {source.GraphId} at version {source.Number} (the source changed since)"
                    : $"writes by {change.Actor} (version {change.Version}{(change.Comment is null ? string.Empty : $": {change.Comment}")})";
                throw new CopyRefusedException(
                    $"the target is not empty: it holds {statistics.NodeCounts.Values.Sum()} nodes and {statistics.RelationshipCounts.Values.Sum()} relationships at version {target.Number}, "
                    + $"with {what}. A copy needs an empty target (or one holding part of this same copy, to resume): point --to at a new store, or empty this one");
            }

            if (changes.Count < GraphReader.PageSize) return true;
            after = (changes[^1].Version, changes[^1].Sequence);
        }
    }

    private static IEnumerable<(List<T> Batch, int Done)> Batches<T>(IReadOnlyList<T> items, int size)
    {
        for (var start = 0; start < items.Count; start += size)
        {
            var batch = items.Skip(start).Take(size).ToList();
            yield return (batch, start + batch.Count);
        }
    }
}
