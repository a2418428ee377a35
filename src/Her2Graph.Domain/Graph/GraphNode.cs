using Her2Graph.Domain.Identifiers;

namespace Her2Graph.Domain.Graph;

/// <summary>A node of the graph.</summary>
/// <param name="Id">The natural key, unique across all kinds (see <see cref="Schema.NodeKindDefinition.KeyRule"/>).</param>
/// <param name="Kind">What the node is.</param>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">Other names it is searched by: brand and code names, legacy notation, abbreviations.</param>
/// <param name="Properties">Kind-specific typed properties.</param>
/// <param name="Provenance">Sources and verification status of the node's own facts.</param>
public sealed record GraphNode(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    PropertyBag Properties,
    Provenance Provenance)
{
    /// <summary>Its ids in outside vocabularies and databases (HGNC, ChEMBL, HGVS, MedDRA…), in the order curated.</summary>
    public IReadOnlyList<CrossReference> Xrefs { get; init; } = [];

    /// <summary>Audit stamps; null until a store has written the node.</summary>
    public AuditStamp? Audit { get; init; }

    /// <summary>True when the curated content (everything but the audit stamps) is the same.</summary>
    public bool Equals(GraphNode? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && Name == other.Name
        && Aliases.SequenceEqual(other.Aliases)
        && Properties.Equals(other.Properties)
        && Xrefs.SequenceEqual(other.Xrefs)
        && Provenance.Equals(other.Provenance);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name);
}
