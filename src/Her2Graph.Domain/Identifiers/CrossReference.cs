using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Identifiers;

/// <summary>
/// One identifier of a node in an outside vocabulary or database, with where it was read and how far it was checked:
/// an id is a fact like any other.
/// </summary>
/// <param name="Scheme">The vocabulary or database.</param>
/// <param name="Id">The id as that scheme writes it: <c>HGNC:3430</c>, <c>CHEMBL1201585</c>, <c>NM_004448.4:c.2313_2324dup</c>.</param>
/// <param name="Status">How far the id was checked; from-knowledge ids stay marked so.</param>
/// <param name="Source">Where the id was read or how it was derived, in words.</param>
/// <param name="Label">The term the id stands for where the scheme names one (MedDRA and CTCAE terms).</param>
/// <param name="OtherAllele">
/// For a nucleotide change: an allele other than the curated one that gives the same protein change (YVMA's
/// c.2314_2325dup beside c.2313_2324dup). A notation matching it matches the node at protein level, not DNA level.
/// </param>
/// <param name="Note">A caution in words, e.g. which allele a ClinVar record describes.</param>
public sealed record CrossReference(
    XrefScheme Scheme,
    string Id,
    VerificationStatus Status,
    string? Source = null,
    string? Label = null,
    bool OtherAllele = false,
    string? Note = null)
{
    /// <summary>The compact form <c>SCHEME:id</c> (<c>CHEMBL:CHEMBL1201585</c>) that <c>node(xref:)</c> takes and stores index.</summary>
    public string Key => XrefSchemes.KeyOf(Scheme, Id);

    /// <summary>A link to the id's page where the scheme has one.</summary>
    public string? Url => XrefSchemes.Get(Scheme).UrlOf(Id);
}
