using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Import;

/// <summary>One relationship of an importGraph batch: like LinkInput, with the properties as JSON.</summary>
internal sealed class RelationshipRecordInputGraphType : InputObjectGraphType
{
    public RelationshipRecordInputGraphType()
    {
        Name = "RelationshipRecordInput";
        Description = "A relationship of an importGraph batch, created or replaced as a whole.";
        RelationshipEndFields.Add(this);
        Field("status", NonNullRef("VerificationStatus")).Description("How far the relationship and its figures were checked.");
        Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.");
        Field("evidence", Ref("EvidenceLevel")).Description("The strongest kind of evidence behind it, where it applies.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("citations").Description("The sources, at least one.");
        Field("properties", Ref(JsonGraphType.TypeName))
            .Description("The type's properties as a JSON object, e.g. {\"role\": \"MONOTHERAPY\", \"doseAmount\": 5.4, \"doseUnit\": \"mg/kg\"}; the names and types are those of the type's properties input (EvaluatesPropertiesInput…); choices as their enum values, references as node keys.");
    }
}
