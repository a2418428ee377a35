using System.Diagnostics.CodeAnalysis;

namespace Her2Graph.Domain.Graph;

/// <summary>The identity of a relationship: type, ends and qualifier.</summary>
public sealed record RelationshipKey(RelationshipType Type, string FromId, string ToId, string Qualifier)
{
    /// <summary>The stable text form stores use as a primary key and the change log as an entity key: <c>FROM|TYPE|TO|qualifier</c>.</summary>
    public override string ToString() => $"{FromId}|{Type.ToWireName()}|{ToId}|{Qualifier}";

    /// <summary>Reads the text form back; false when it does not have four parts or the type is unknown.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out RelationshipKey? key)
    {
        // REVIEW: a node id containing '|' would make the text ambiguous (the qualifier, last, may hold one). Node
        // keys (symbols, GENE:change, INNs, registry ids, slugs, DOIs) do not contain one today.
        var parts = text.Split('|', 4);
        key = parts.Length == 4 && WireNames.TryParseWireName<RelationshipType>(parts[1], out var type)
            ? new RelationshipKey(type, parts[0], parts[2], parts[3])
            : null;
        return key is not null;
    }
}
