using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.SchemaFields;

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
        this.AddInputField("status", NonNullRef("VerificationStatus"), "How far the relationship and its figures were checked.");
        this.AddInputField("statusNote", new StringGraphType(), "What exactly was or was not checked.");
        this.AddInputField("evidence", Ref("EvidenceLevel"), "The strongest kind of evidence behind it, where it applies.");
        this.AddInputField("citations", NonNull(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            "The sources, at least one: PMID:…, PMCID:…, DOI:…, an NCT id, FDA: …, an https:// URL or REF: ….");
        foreach (var definition in definitions)
        {
            this.AddInputField(RelationshipPropertiesInputGraphType.FieldOf(definition.Type), Ref(definition.Type + "PropertiesInput"),
                $"Properties of a link whose type is {definition.WireName}; set it only then.");
        }
    }
}
