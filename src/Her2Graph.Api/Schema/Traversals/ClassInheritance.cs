using GraphQL.DataLoader;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// A variant's relationships together with those of every class it belongs to, directly or through broader classes
/// (YVMA → exon 20 insertions → TKD mutations → activating mutations): most evidence and every approval is recorded on
/// a class. Each step up the class tree is a nested loader result, so the executor batches it with the same step of
/// every other node of the level: one store call per step, not per node.
/// </summary>
internal static class ClassInheritance
{
    public static IDataLoaderResult<object?> Collect(NeighboursByNodeIdDataLoader loader, string nodeId, Func<IReadOnlyList<Neighbour>, object?> finish) =>
        Step(loader, [nodeId], new HashSet<string>(StringComparer.Ordinal) { nodeId }, [], finish);

    private static IDataLoaderResult<object?> Step(
        NeighboursByNodeIdDataLoader loader,
        IReadOnlyList<string> frontier,
        HashSet<string> visited,
        List<Neighbour> collected,
        Func<IReadOnlyList<Neighbour>, object?> finish) =>
        DataLoaderResults.WhenAll(frontier.Select(loader.Load).ToList()).Then(lists =>
        {
            var found = lists.SelectMany(list => list).ToList();
            collected.AddRange(found);
            var broader = found
                .Where(n => n.Relationship.Type == RelationshipType.MemberOf && n.Direction == Direction.Outgoing && visited.Add(n.Node.Id))
                .Select(n => n.Node.Id)
                .ToList();
            return broader.Count == 0 ? finish(InTraversalOrder(collected)) : (object?)Step(loader, broader, visited, collected, finish);
        });

    /// <summary>The order of <see cref="Neighbour"/> within one origin, kept across the merged origins.</summary>
    private static List<Neighbour> InTraversalOrder(List<Neighbour> neighbours) =>
        neighbours
            .OrderBy(n => n.Relationship.Type.ToWireName(), StringComparer.Ordinal)
            .ThenBy(n => n.Node.Name, StringComparer.Ordinal)
            .ThenBy(n => n.Node.Id, StringComparer.Ordinal)
            .ThenBy(n => n.Relationship.Key.ToString(), StringComparer.Ordinal)
            .ToList();
}
