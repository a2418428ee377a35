namespace Her2Graph.Domain.Identifiers;

/// <summary>
/// The reference vocabularies and databases a node's cross-references point into. Wire names are the CONSTANT_CASE
/// of these names (<c>HgvsGenomicGrch38</c> → <c>HGVS_GENOMIC_GRCH38</c>); <see cref="XrefSchemes"/> holds each one's
/// id pattern, link and the kinds of node it applies to.
/// </summary>
public enum XrefScheme
{
    Hgnc,
    NcbiGene,
    Ensembl,
    Uniprot,
    HgvsCoding,
    HgvsGenomicGrch38,
    HgvsGenomicGrch37,
    Clinvar,
    Cosmic,
    Dbsnp,
    Chembl,
    Drugbank,
    Ncit,
    Rxnorm,
    Unii,
    Pubchem,
    Cas,
    MeddraPt,
    CtcaeV5,
    Mondo,
    Oncotree,
    Doid,
    Efo,
}
