using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Aggregation;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Neighbours;

/// <summary>Every branch of a traversal level in one statement (<see cref="SqliteNeighbourStatement"/>), read into groups.</summary>
internal static class SqliteNeighbourReader
{
    public static async Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> ReadAsync(
        SqliteConnection connection, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<NeighbourKey, GroupBuilder>();
        foreach (var branch in query.Branches)
        {
            foreach (var id in branch.NodeIds) groups.TryAdd(new NeighbourKey(branch.Tag, id), new GroupBuilder(branch.Aggregate));
        }

        var branches = query.Branches.Where(b => b.NodeIds.Count > 0).ToList();
        if (branches.Count > 0)
        {
            var sql = new SqliteFilterTranslator();
            var ids = branches.Select(b => sql.BindValue(SqliteJson.Strings(b.NodeIds.Distinct(StringComparer.Ordinal)))).ToList();
            await using var command = connection.CreateCommand(SqliteNeighbourStatement.Build(sql, branches, ids));
            foreach (var (name, value) in sql.Parameters) command.With(name, value);

            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            while (await row.ReadAsync(cancellationToken))
            {
                var origin = row.GetString(1);
                var group = groups[new NeighbourKey(row.GetString(0), origin)];
                switch (row.GetInt64(SqliteNeighbourStatement.PartColumn))
                {
                    case SqliteNeighbourStatement.RowPart:
                        var direction = row.GetInt64(SqliteNeighbourStatement.PositionColumn + 1) == 1 ? Direction.Incoming : Direction.Outgoing;
                        group.Neighbours.Add(new Neighbour(
                            origin,
                            direction,
                            SqliteRowReader.ReadRelationship(row, SqliteNeighbourStatement.RelationshipColumn),
                            SqliteRowReader.ReadNode(row, SqliteNeighbourStatement.NodeColumn)));
                        break;
                    case SqliteNeighbourStatement.CountPart:
                        group.Total = (int)row.GetInt64(SqliteNeighbourStatement.PartColumn + 3);
                        break;
                    default:
                        group.Aggregates!.Add(row, SqliteNeighbourStatement.PartColumn);
                        break;
                }
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.Build());
    }

    private sealed class GroupBuilder(AggregateRequest? request)
    {
        public List<Neighbour> Neighbours { get; } = [];

        public int Total { get; set; }

        public AggregateCollector? Aggregates { get; } = request is { IsEmpty: false } ? new AggregateCollector(request) : null;

        public NeighbourGroup Build() => new(Neighbours, Total, Aggregates?.Build());
    }
}
