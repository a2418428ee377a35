using Her2Graph.Domain.Store;

namespace Her2Graph.Bench;

/// <summary>
/// The access patterns behind the API's promises: one store call per query level (DESIGN.md §4) instead of one per
/// node, and the all-types neighbour fetch the shared loader makes instead of one fetch per traversal field.
/// </summary>
internal static class Scenarios
{
    public static IEnumerable<Scenario> All(SeededGraph graph)
    {
        var store = graph.Store;
        var drugs = graph.DrugIds;

        yield return new Scenario(
            "drugs → neighbours → their neighbours (a 3-level query over all drugs)",
            "one call per node (N+1)",
            async () =>
            {
                var calls = 0;
                var next = new HashSet<string>(StringComparer.Ordinal);
                foreach (var drug in drugs)
                {
                    calls++;
                    foreach (var neighbour in (await store.GetAllNeighboursAsync([drug], Direction.Both, null, default))[drug])
                        next.Add(neighbour.Node.Id);
                }

                foreach (var id in next)
                {
                    calls++;
                    await store.GetAllNeighboursAsync([id], Direction.Both, null, default);
                }

                return calls;
            },
            "one call per level (the batch loader)",
            async () =>
            {
                var level2 = await store.GetAllNeighboursAsync(drugs, Direction.Both, null, default);
                var next = level2.Values.SelectMany(list => list).Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
                await store.GetAllNeighboursAsync(next, Direction.Both, null, default);
                return 2;
            });

        yield return new Scenario(
            "three traversal fields per drug (arms, approvals, resistance)",
            "one typed fetch per field",
            async () =>
            {
                await store.GetAllNeighboursAsync(drugs, Direction.Incoming, [Domain.Graph.RelationshipType.Evaluates], default);
                await store.GetAllNeighboursAsync(drugs, Direction.Incoming, [Domain.Graph.RelationshipType.Approves], default);
                await store.GetAllNeighboursAsync(drugs, Direction.Incoming, [Domain.Graph.RelationshipType.ConfersResistanceTo], default);
                return 3;
            },
            "one all-types fetch, filtered in memory",
            async () =>
            {
                await store.GetAllNeighboursAsync(drugs, Direction.Both, null, default);
                return 1;
            });
    }
}
