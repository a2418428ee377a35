using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Identifiers;

/// <summary>A cross-reference as a curator writes it in an upsert or importGraph record; checked like a seed file's.</summary>
internal sealed class CrossReferenceInputGraphType : InputObjectGraphType
{
    public CrossReferenceInputGraphType()
    {
        Name = "CrossReferenceInput";
        Description = "An id of the node in an outside vocabulary: its scheme must apply to the node's kind and the id must be of the scheme's form.";
        Field("scheme", NonNullRef("XrefScheme")).Description("The vocabulary or database.");
        Field<NonNullGraphType<StringGraphType>>("id").Description("The id as the scheme writes it, e.g. CHEMBL1201585, HGNC:3430.");
        Field("status", NonNullRef("VerificationStatus")).Description("VERIFIED when seen in a retrieved source; FROM_KNOWLEDGE otherwise.");
        Field<StringGraphType>("source").Description("Where the id was read, or how it was derived.");
        Field<StringGraphType>("label").Description("The term the id stands for (MedDRA, CTCAE).");
        Field<BooleanGraphType>("otherAllele").Description("True for a nucleotide change other than the curated allele with the same protein change.");
        Field<StringGraphType>("note").Description("A caution in words.");
    }
}
