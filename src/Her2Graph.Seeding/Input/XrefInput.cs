namespace Her2Graph.Seeding.Input;

/// <summary>One cross-reference of a node as written, before validation; a field that was not given is null.</summary>
/// <param name="Location">Where the entry starts; errors about a missing field point here.</param>
/// <param name="Scheme">The scheme in kebab case (<c>ncbi-gene</c>) or its wire name (<c>NCBI_GENE</c>).</param>
/// <param name="Id">The id as the scheme writes it.</param>
/// <param name="Status">verified, from-knowledge or unverified.</param>
/// <param name="Source">Where it was read, or how it was derived.</param>
/// <param name="Label">The term it stands for (MedDRA, CTCAE).</param>
/// <param name="OtherAllele"><c>true</c> for an allele other than the curated one with the same protein change.</param>
/// <param name="Note">A caution in words.</param>
public sealed record XrefInput(
    string Location,
    Located<string>? Scheme,
    Located<string>? Id,
    Located<string>? Status,
    Located<string>? Source,
    Located<string>? Label,
    Located<string>? OtherAllele,
    Located<string>? Note);
