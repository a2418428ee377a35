using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Aggregation;
using Her2Graph.Storage.Sqlite.Rows;

namespace Her2Graph.Storage.Sqlite.Neighbours;

/// <summary>
/// The one statement that reads a traversal level: a CTE per branch holding the edges that meet its pattern, each
/// numbered in the branch's order, then one UNION ALL of every branch's rows, counts and aggregates. Result columns:
/// tag, origin_id, then the <see cref="SqliteAggregateParts"/> columns (part 0 is an edge row, part 1 a count), then
/// the edge's position and direction, the relationship and the node.
/// </summary>
internal static class SqliteNeighbourStatement
{
    public const int RowPart = 0;
    public const int CountPart = 1;

    /// <summary>Where the part column is; the aggregate columns follow it.</summary>
    public const int PartColumn = 2;

    public const int PositionColumn = PartColumn + SqliteAggregateParts.ColumnCount;
    public const int RelationshipColumn = PositionColumn + 2;
    public const int NodeColumn = RelationshipColumn + SqliteStatements.RelationshipColumnCount;

    private static readonly string RowPadding = string.Concat(Enumerable.Repeat(", NULL", SqliteAggregateParts.ColumnCount - 1));

    private static readonly string TrailingPadding =
        string.Concat(Enumerable.Repeat(", NULL", 2 + SqliteStatements.RelationshipColumnCount + SqliteStatements.NodeColumnCount));

    public static string Build(SqliteFilterTranslator sql, IReadOnlyList<NeighbourBranch> branches, IReadOnlyList<string> idParameters)
    {
        var ctes = new List<string>();
        var parts = new List<string>();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var set = "m" + i;
            var tag = sql.BindValue(branch.Tag);
            ctes.Add(Starts(sql, branch, "s" + i, idParameters[i]));
            ctes.Add($"{set} AS ({Matches(sql, branch, "s" + i)})");
            var edges = $"{set} m JOIN relationships r ON r.key = m.rel_key JOIN nodes n ON n.id = m.node_id";
            if (branch.Rows)
            {
                parts.Add($"SELECT {tag}, m.origin_id, {RowPart}{RowPadding}, m.pos, m.incoming, "
                    + $"{SqliteStatements.RelationshipColumns}, {SqliteStatements.NodeColumns} FROM {edges}");
            }

            parts.Add($"SELECT {tag}, m.origin_id, {CountPart}, NULL, NULL, COUNT(*), NULL, NULL, NULL, NULL, NULL{TrailingPadding} FROM {set} m GROUP BY m.origin_id");
            if (branch.Aggregate is { IsEmpty: false } aggregate)
                parts.AddRange(SqliteAggregateParts.Of(sql, aggregate, edges, "1", [tag, "m.origin_id"], TrailingPadding));
        }

        // Positions make the order of each group; the parts of one group come together, its rows in order.
        return $"WITH RECURSIVE {string.Join(",\n", ctes)}\n{string.Join("\nUNION ALL ", parts)}\nORDER BY 1, 2, {PartColumn + 1}, {PositionColumn + 1};";
    }

    /// <summary>
    /// The nodes a branch walks from, with the origin each belongs to: the origin itself, the far ends of one hop, or
    /// the origin and everything a chain of one relationship type reaches (recursive; UNION drops repeats, so a cycle ends).
    /// </summary>
    private static string Starts(SqliteFilterTranslator sql, NeighbourBranch branch, string name, string ids) => branch.Via switch
    {
        null => $"{name}(origin_id, start_id) AS (SELECT o.value, o.value FROM json_each({ids}) o)",
        Reach.Hop hop => $"{name}(origin_id, start_id) AS ({Hop(sql, hop.Pattern, ids)})",
        Reach.Closure closure => $"{name}(origin_id, start_id) AS (SELECT o.value, o.value FROM json_each({ids}) o UNION "
            + (closure.Direction == Direction.Incoming
                ? $"SELECT c.origin_id, t.from_id FROM {name} c CROSS JOIN relationships t ON t.to_id = c.start_id AND t.type = {sql.BindValue(closure.Type.ToWireName())})"
                : $"SELECT c.origin_id, t.to_id FROM {name} c CROSS JOIN relationships t ON t.from_id = c.start_id AND t.type = {sql.BindValue(closure.Type.ToWireName())})"),
        _ => throw new ArgumentException($"unknown reach {branch.Via.GetType().Name}", nameof(branch)),
    };

    /// <summary>The far ends of one hop, each once per origin however many relationships reach it (DISTINCT within a direction, UNION across).</summary>
    private static string Hop(SqliteFilterTranslator sql, LinkPattern pattern, string ids)
    {
        var types = sql.BindValue(SqliteWireNames.RelationshipTypesJson(pattern.Types));
        var where = sql.Where(pattern.Target, pattern.Where, node: "tn", relationship: "t");
        var walks = new List<string>();
        if (pattern.Direction is Direction.Outgoing or Direction.Both)
            walks.Add($"SELECT DISTINCT o.value, t.to_id FROM json_each({ids}) o CROSS JOIN relationships t ON t.from_id = o.value AND t.type IN (SELECT value FROM json_each({types})) CROSS JOIN nodes tn ON tn.id = t.to_id WHERE {where}");
        if (pattern.Direction is Direction.Incoming or Direction.Both)
            walks.Add($"SELECT DISTINCT o.value, t.from_id FROM json_each({ids}) o CROSS JOIN relationships t ON t.to_id = o.value AND t.type IN (SELECT value FROM json_each({types})) CROSS JOIN nodes tn ON tn.id = t.from_id WHERE {where}");
        return string.Join(" UNION ", walks);
    }

    /// <summary>
    /// The edges of one branch: each direction walked by its own index (relationships by from_id, by to_id) from the
    /// branch's starts, then the condition on the relationship and far node, numbered per origin by the branch's keys
    /// and the default order (the relationship key last, so the order is total). Every join is a CROSS JOIN, which
    /// SQLite never reorders: left to itself, a planner without statistics starts from every node of the target kind
    /// (its index on kind looks selective), so a trial's arms cost a scan of every arm in the graph.
    /// </summary>
    private static string Matches(SqliteFilterTranslator sql, NeighbourBranch branch, string starts)
    {
        var pattern = branch.Pattern;
        var types = sql.BindValue(SqliteWireNames.RelationshipTypesJson(pattern.Types));
        var walks = new List<string>();
        if (pattern.Direction is Direction.Outgoing or Direction.Both)
            walks.Add($"SELECT s.origin_id, 0 AS incoming, w.key AS rel_key, w.to_id AS node_id FROM {starts} s CROSS JOIN relationships w ON w.from_id = s.start_id AND w.type IN (SELECT value FROM json_each({types}))");
        if (pattern.Direction is Direction.Incoming or Direction.Both)
            walks.Add($"SELECT s.origin_id, 1 AS incoming, w.key AS rel_key, w.from_id AS node_id FROM {starts} s CROSS JOIN relationships w ON w.to_id = s.start_id AND w.type IN (SELECT value FROM json_each({types}))");

        var order = sql.EdgeSortKeys(branch.Order ?? []).SelectMany(key => new[]
        {
            // Missing values after present ones in both directions, as listings sort.
            key.Nullable ? $"({key.Expression} IS NULL)" : null,
            $"{key.Expression} {(key.Direction == SortDirection.Descending ? "DESC" : "ASC")}",
        }).OfType<string>().Concat(["r.type", "n.name", "n.id", "r.qualifier", "r.key", "e.incoming"]);

        // Reached along two ways (two classes, two arms) an edge is one row: UNION, not UNION ALL, when walking from more than the origin.
        var union = branch.Via is null ? " UNION ALL " : " UNION ";
        return $"SELECT e.origin_id, e.incoming, e.rel_key, e.node_id, ROW_NUMBER() OVER (PARTITION BY e.origin_id ORDER BY {string.Join(", ", order)}) AS pos "
            + $"FROM ({string.Join(union, walks)}) e CROSS JOIN relationships r ON r.key = e.rel_key CROSS JOIN nodes n ON n.id = e.node_id "
            + $"WHERE {sql.EdgeWhere(pattern.Target, pattern.Where)}";
    }
}
