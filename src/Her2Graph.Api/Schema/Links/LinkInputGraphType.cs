using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Links;

/// <summary>
/// The input of <c>link</c>. Properties are typed per relationship type: one optional field per type
/// (<c>sensitiveTo: SensitiveToPropertiesInput</c>…), of which only the one matching <c>type</c> may be set. A @oneOf
/// input would repeat <c>type</c>; a JSON bag would lose the IDE's completion and the schema's documentation.
/// </summary>
internal sealed class LinkInputGraphType : InputObjectGraphType
{
    public LinkInputGraphType(IReadOnlyList<RelationshipTypeDefinition> definitions)
    {
        Name = "LinkInput";
        Description = "A relationship to create or replace as a whole, with its evidence. Its identity is type, from, to and qualifier.";
        RelationshipEndFields.Add(this);
        Field("status", NonNullRef("VerificationStatus")).Description("How far the relationship and its figures were checked.");
        Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.");
        Field("evidence", Ref("EvidenceLevel")).Description("The strongest kind of evidence behind it, where it applies.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("citations")
            .Description("The sources, at least one: PMID:…, PMCID:…, DOI:…, an NCT id, FDA: …, an https:// URL or REF: ….");
        foreach (var definition in definitions)
        {
            Field(RelationshipPropertiesInputGraphType.FieldOf(definition.Type), Ref(definition.Type + "PropertiesInput"))
                .Description($"Properties of a link whose type is {definition.WireName}; set it only then.");
        }
    }
}
