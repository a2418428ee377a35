using GraphQL.DataLoader;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Actionability;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Api.Schema.Actionability;

/// <summary>
/// Gathers the facts the actionability rules read, for one variant, a step at a time: each step loads the neighbours
/// of the nodes the last step made relevant (its classes up MEMBER_OF; the approvals, trials, arms and resistance
/// mechanisms linked to them; a trial's arms and an arm's trial; an approval's disease and that disease's broader
/// ones up SUBTYPE_OF), and the few nodes named by a property (an arm, a trial observed in). Every step is a loader
/// result, so the executor batches it with the same step of every other variant of the level: one store call per
/// step (two where named nodes are needed), not per node; a node's neighbours are loaded once.
/// </summary>
internal static class ActionabilityFacts
{
    /// <summary>
    /// More steps than the model needs (variant → three classes up → approvals and trials → arms → diseases → broader
    /// diseases takes about six); the walk follows only the relationships above, so it ends well before.
    /// </summary>
    // REVIEW: a curated class tree or disease tree deeper than this would be cut off; the seed's are 3 and 1 deep.
    public const int MaxSteps = 16;

    /// <summary>Gathers the facts, then hands them to <paramref name="finish"/>; the result may be a nested loader result, which the executor resolves.</summary>
    public static IDataLoaderResult<object?> Gather(
        NeighboursDataLoader neighbours, NodesByIdDataLoader nodes, GraphNode variant, Func<ActionabilityGraph, object?> finish) =>
        Step(neighbours, nodes, new State(variant), [variant.Id], [], 1, finish);

    private static IDataLoaderResult<object?> Step(
        NeighboursDataLoader neighbours,
        NodesByIdDataLoader nodes,
        State state,
        IReadOnlyList<string> expand,
        IReadOnlyList<string> fetch,
        int step,
        Func<ActionabilityGraph, object?> finish)
    {
        foreach (var id in expand) state.Expanded.Add(id);
        foreach (var id in fetch) state.Fetched.Add(id);
        var loaded = DataLoaderResults.WhenAll(expand.Select(neighbours.LoadAll).ToList());
        var named = DataLoaderResults.WhenAll(fetch.Select(nodes.Load).ToList());
        return new Both<IReadOnlyList<IReadOnlyList<Neighbour>>, IReadOnlyList<GraphNode?>>(loaded, named).Then(results =>
        {
            foreach (var neighbour in results.First.SelectMany(list => list)) state.Add(neighbour);
            foreach (var node in results.Second.OfType<GraphNode>()) state.Nodes.TryAdd(node.Id, node);
            var (nextExpand, nextFetch) = state.Next();
            return nextExpand.Count + nextFetch.Count == 0 || step >= MaxSteps
                ? finish(state.ToGraph())
                : (object?)Step(neighbours, nodes, state, nextExpand, nextFetch, step + 1, finish);
        });
    }

    /// <summary>Two loader results awaited in turn: each dispatches its own batch, so a step costs at most two store calls.</summary>
    private sealed class Both<T1, T2>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second) : IDataLoaderResult<(T1 First, T2 Second)>
    {
        public async Task<(T1 First, T2 Second)> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class State(GraphNode variant)
    {
        public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal) { [variant.Id] = variant };

        public Dictionary<string, GraphRelationship> Relationships { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Expanded { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Fetched { get; } = new(StringComparer.Ordinal);

        public void Add(Neighbour neighbour)
        {
            Nodes.TryAdd(neighbour.Node.Id, neighbour.Node);
            Relationships.TryAdd(neighbour.Relationship.Key.ToString(), neighbour.Relationship);
        }

        public ActionabilityGraph ToGraph() => new(Nodes.Values, Relationships.Values);

        /// <summary>The nodes now relevant whose neighbours are not loaded yet, and the named nodes not seen yet.</summary>
        public (List<string> Expand, List<string> Fetch) Next()
        {
            var relevant = new HashSet<string>(StringComparer.Ordinal);
            var named = new HashSet<string>(StringComparer.Ordinal);
            var covering = new Queue<string>([variant.Id]);
            var seenCovering = new HashSet<string>(StringComparer.Ordinal) { variant.Id };
            var byFrom = Relationships.Values.ToLookup(r => r.FromId, StringComparer.Ordinal);
            var byTo = Relationships.Values.ToLookup(r => r.ToId, StringComparer.Ordinal);

            while (covering.TryDequeue(out var id))
            {
                relevant.Add(id);
                foreach (var r in byFrom[id])
                {
                    if (r.Type == MemberOf && seenCovering.Add(r.ToId)) covering.Enqueue(r.ToId);
                    if (r.Type is SensitiveTo or ResistantTo && r.Properties.GetText("arm") is { } arm) { relevant.Add(arm); named.Add(arm); }
                }

                foreach (var r in byTo[id].Where(r => r.Type is ApprovedFor or Enrolls or Studies or Involves)) relevant.Add(r.FromId);
            }

            // Trials and arms, approvals to diseases, diseases up to broader ones: close over the relationships loaded.
            var queue = new Queue<string>(relevant);
            while (queue.TryDequeue(out var id))
            {
                var more = byFrom[id].Where(r => r.Type is HasArm or InDisease or SubtypeOf).Select(r => r.ToId)
                    .Concat(byTo[id].Where(r => r.Type == HasArm).Select(r => r.FromId));
                foreach (var next in more) if (relevant.Add(next)) queue.Enqueue(next);
                foreach (var r in byFrom[id].Where(r => r.Type == ConfersResistanceTo))
                    if (r.Properties.GetText("observedIn") is { } trial) named.Add(trial);
            }

            return (relevant.Where(id => !Expanded.Contains(id)).Order(StringComparer.Ordinal).ToList(),
                named.Where(id => !Nodes.ContainsKey(id) && !Fetched.Contains(id)).Order(StringComparer.Ordinal).ToList());
        }
    }
}
