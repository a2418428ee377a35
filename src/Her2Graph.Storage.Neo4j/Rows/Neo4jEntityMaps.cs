using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Storage.Neo4j.Search;

namespace Her2Graph.Storage.Neo4j.Rows;

/// <summary>
/// How entities are laid out as Neo4j properties, both ways. The content is kept exactly: <c>properties</c> holds the
/// canonical PropertyBag JSON (a Neo4j float cannot tell 49.0 from 49, and JSON is what the port compares), and
/// each property of a node or relationship is also copied flat as a Neo4j list under <c>p_&lt;name&gt;</c>
/// (<see cref="Neo4jPropertyCopies"/>) so that filters, orders and aggregates run in Cypher. Aliases and citations
/// are Neo4j string lists; enums are wire names; audit times are round-trip ISO 8601 text (offset included, exact when read back).
/// </summary>
internal static class Neo4jEntityMaps
{
    public static Dictionary<string, object?> NodeRow(GraphNode node, AuditStamp audit)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["kind"] = node.Kind.ToString(),
            ["name"] = node.Name,
            ["aliases"] = node.Aliases.ToList(),
            ["properties"] = node.Properties.Json,
            ["citations"] = node.Provenance.Citations.Select(c => c.Value).ToList(),
            ["status"] = node.Provenance.Status.ToWireName(),
            ["statusNote"] = node.Provenance.StatusNote,
            ["xrefs"] = CrossReferenceJson.Write(node.Xrefs),
            ["xrefKeys"] = CrossReferenceJson.BarredKeys(node.Xrefs),
        };
        AddAudit(row, audit);
        Neo4jPropertyCopies.AddTo(row, node.Properties);
        Neo4jSearchFields.AddTo(row, node);
        return row;
    }

    /// <summary>The ends and type (to find or create the relationship) and its properties (to set on it).</summary>
    public static Dictionary<string, object?> RelationshipRow(GraphRelationship relationship, AuditStamp audit)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = relationship.Key.ToString(),
            ["qualifier"] = relationship.Qualifier,
            ["properties"] = relationship.Properties.Json,
            ["citations"] = relationship.Provenance.Citations.Select(c => c.Value).ToList(),
            ["status"] = relationship.Provenance.Status.ToWireName(),
            ["statusNote"] = relationship.Provenance.StatusNote,
            ["evidenceLevel"] = Neo4jWireNames.ToWire(relationship.Provenance.EvidenceLevel),
        };
        AddAudit(properties, audit);
        Neo4jPropertyCopies.AddTo(properties, relationship.Properties);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fromId"] = relationship.FromId,
            ["toId"] = relationship.ToId,
            ["type"] = relationship.Type.ToWireName(),
            ["properties"] = properties,
        };
    }

    /// <summary>A relationship key as the statements match it: both ends, type and qualifier.</summary>
    public static Dictionary<string, object?> KeyRow(RelationshipKey key) => new(StringComparer.Ordinal)
    {
        ["fromId"] = key.FromId,
        ["toId"] = key.ToId,
        ["type"] = key.Type.ToWireName(),
        ["qualifier"] = key.Qualifier,
    };

    public static GraphNode ReadNode(object? value)
    {
        var map = Neo4jValues.Map(value);
        return new GraphNode(
            Neo4jValues.Text(map, "id"),
            Neo4jWireNames.ParseKind(Neo4jValues.Text(map, "kind")),
            Neo4jValues.Text(map, "name"),
            Neo4jValues.Texts(map, "aliases"),
            PropertyBag.FromJson(Neo4jValues.OptionalText(map, "properties")),
            new Provenance(
                Neo4jValues.Texts(map, "citations").Select(Citation.Parse).ToList(),
                WireNames.ParseWireName<VerificationStatus>(Neo4jValues.Text(map, "status")),
                Neo4jValues.OptionalText(map, "statusNote")))
        {
            Xrefs = CrossReferenceJson.Read(Neo4jValues.OptionalText(map, "xrefs")),
            Audit = ReadAudit(map),
        };
    }

    public static GraphRelationship ReadRelationship(object? value)
    {
        var map = Neo4jValues.Map(value);
        return new GraphRelationship(
            WireNames.ParseWireName<RelationshipType>(Neo4jValues.Text(map, "type")),
            Neo4jValues.Text(map, "fromId"),
            Neo4jValues.Text(map, "toId"),
            Neo4jValues.OptionalText(map, "qualifier") ?? string.Empty,
            PropertyBag.FromJson(Neo4jValues.OptionalText(map, "properties")),
            new Provenance(
                Neo4jValues.Texts(map, "citations").Select(Citation.Parse).ToList(),
                WireNames.ParseWireName<VerificationStatus>(Neo4jValues.Text(map, "status")),
                Neo4jValues.OptionalText(map, "statusNote"),
                Neo4jWireNames.ParseEvidenceLevel(Neo4jValues.OptionalText(map, "evidenceLevel"))))
        {
            Audit = ReadAudit(map),
        };
    }

    private static void AddAudit(Dictionary<string, object?> row, AuditStamp audit)
    {
        row["createdAt"] = Neo4jValues.Format(audit.CreatedAt);
        row["updatedAt"] = Neo4jValues.Format(audit.UpdatedAt);
        row["createdBy"] = audit.CreatedBy;
        row["updatedBy"] = audit.UpdatedBy;
        row["version"] = audit.Version;
    }

    private static AuditStamp ReadAudit(IReadOnlyDictionary<string, object?> map) =>
        new(
            Neo4jValues.Time(map, "createdAt"),
            Neo4jValues.Time(map, "updatedAt"),
            Neo4jValues.Text(map, "createdBy"),
            Neo4jValues.Text(map, "updatedBy"),
            Neo4jValues.Whole(map, "version"));
}
