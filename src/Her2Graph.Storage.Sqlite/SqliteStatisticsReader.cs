using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>Version and counts in one statement; kinds and types with no rows get their zero here.</summary>
internal static class SqliteStatisticsReader
{
    public static async Task<GraphStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var version = 0L;
        var nodes = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => 0);
        var relationships = Enum.GetValues<RelationshipType>().ToDictionary(t => t, _ => 0);
        await using var command = connection.CreateCommand(SqliteStatements.Statistics);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var count = row.GetInt64(2);
            switch (row.GetString(0))
            {
                case "version":
                    version = count;
                    break;
                case "node":
                    nodes[SqliteWireNames.ParseKind(row.GetString(1))] = (int)count;
                    break;
                default:
                    relationships[WireNames.ParseWireName<RelationshipType>(row.GetString(1))] = (int)count;
                    break;
            }
        }

        return new GraphStatistics(version, nodes, relationships);
    }
}
