using GraphQL.Types;
using Her2Graph.Domain.Identifiers;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Identifiers;

internal sealed class CrossReferenceGraphType : ObjectGraphType<CrossReference>
{
    public CrossReferenceGraphType()
    {
        Name = "CrossReference";
        Description = "An id of the node in an outside vocabulary or database, with where it was read and how far it was checked.";
        Field("scheme", NonNullRef("XrefScheme")).Description("The vocabulary or database.").Resolve(c => c.Source.Scheme);
        Field(x => x.Id).Description("The id as the scheme writes it, e.g. HGNC:3430, CHEMBL1201585, NM_004448.4:c.2313_2324dup.");
        Field(x => x.Key).Description("SCHEME:id, the form node(xref:) takes, e.g. CHEMBL:CHEMBL1201585 (an id that carries its prefix is its own key: HGNC:3430).");
        Field<StringGraphType>("url").Description("The id's page, where the scheme has an open one (MedDRA is licensed; HGVS is a notation).").Resolve(c => c.Source.Url);
        Field("status", NonNullRef("VerificationStatus"))
            .Description("VERIFIED: seen in a retrieved source; FROM_KNOWLEDGE: known or derived but not seen (the derivation is in source).")
            .Resolve(c => c.Source.Status);
        Field(x => x.Source, nullable: true).Description("Where the id was read, or how it was derived.");
        Field(x => x.Label, nullable: true).Description("The term the id stands for: the MedDRA preferred term or the CTCAE term.");
        Field(x => x.OtherAllele)
            .Description("True for a nucleotide change other than the curated allele that gives the same protein change (YVMA's c.2314_2325dup): it matches the variant at protein level.");
        Field(x => x.Note, nullable: true).Description("A caution, e.g. which allele a ClinVar record describes.");
    }
}
