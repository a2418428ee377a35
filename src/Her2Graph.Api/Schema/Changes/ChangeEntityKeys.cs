using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Changes;

/// <summary>Reads the entity key of a change record back: a node id, or a relationship's <c>FROM|TYPE|TO|qualifier</c>.</summary>
internal static class ChangeEntityKeys
{
    public const string Node = "node";

    public const string Relationship = "relationship";

    // REVIEW: the change log keeps the key as text; a node id containing '|' would make this ambiguous. Node keys
    // (symbols, GENE:change, INNs, registry ids, slugs, DOIs) do not contain one today.
    public static RelationshipKey? ParseRelationship(string text)
    {
        var parts = text.Split('|', 4);
        return parts.Length == 4 && RelationshipTypeNames.TryParseWireName(parts[1], out var type)
            ? new RelationshipKey(type, parts[0], parts[2], parts[3])
            : null;
    }
}
