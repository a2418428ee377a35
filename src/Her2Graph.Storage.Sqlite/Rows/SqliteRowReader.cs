using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Rows;

/// <summary>
/// Reads nodes and relationships from rows selected with <see cref="SqliteStatements.NodeColumns"/> and
/// <see cref="SqliteStatements.RelationshipColumns"/>, starting at a column offset so joined rows can hold both.
/// </summary>
internal static class SqliteRowReader
{
    public static GraphNode ReadNode(SqliteDataReader row, int at) =>
        new GraphNode(
            row.GetString(at),
            SqliteWireNames.ParseKind(row.GetString(at + 1)),
            row.GetString(at + 2),
            SqliteJson.ReadStrings(row.GetString(at + 3)),
            PropertyBag.FromJson(row.GetString(at + 4)),
            new Provenance(
                SqliteJson.ReadCitations(row.GetString(at + 5)),
                SqliteWireNames.ParseStatus(row.GetString(at + 6)),
                row.IsDBNull(at + 7) ? null : row.GetString(at + 7)))
        {
            Xrefs = CrossReferenceJson.Read(row.GetString(at + 13)),
            Audit = ReadAudit(row, at + 8),
        };

    public static GraphRelationship ReadRelationship(SqliteDataReader row, int at) =>
        new GraphRelationship(
            WireNames.ParseWireName<RelationshipType>(row.GetString(at)),
            row.GetString(at + 1),
            row.GetString(at + 2),
            row.GetString(at + 3),
            PropertyBag.FromJson(row.GetString(at + 4)),
            new Provenance(
                SqliteJson.ReadCitations(row.GetString(at + 5)),
                SqliteWireNames.ParseStatus(row.GetString(at + 6)),
                row.IsDBNull(at + 7) ? null : row.GetString(at + 7),
                SqliteWireNames.ParseEvidenceLevel(row.IsDBNull(at + 8) ? null : row.GetString(at + 8))))
        {
            Audit = ReadAudit(row, at + 9),
        };

    private static AuditStamp ReadAudit(SqliteDataReader row, int at) =>
        new(
            SqliteAuditText.Parse(row.GetString(at)),
            SqliteAuditText.Parse(row.GetString(at + 1)),
            row.GetString(at + 2),
            row.GetString(at + 3),
            row.GetInt64(at + 4));
}
