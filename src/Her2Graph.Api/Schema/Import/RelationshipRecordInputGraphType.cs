using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Schema.Properties;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Import;

/// <summary>One relationship of an importGraph batch: like LinkInput, with the properties as JSON.</summary>
internal sealed class RelationshipRecordInputGraphType : InputObjectGraphType
{
    public RelationshipRecordInputGraphType()
    {
        Name = "RelationshipRecordInput";
        Description = "A relationship of an importGraph batch, created or replaced as a whole.";
        RelationshipEndFields.Add(this);
        this.AddInputField("status", NonNullRef("VerificationStatus"), "How far the relationship and its figures were checked.");
        this.AddInputField("statusNote", new StringGraphType(), "What exactly was or was not checked.");
        this.AddInputField("evidence", Ref("EvidenceLevel"), "The strongest kind of evidence behind it, where it applies.");
        this.AddInputField("citations", NonNull(new ListGraphType(new NonNullGraphType(new StringGraphType()))), "The sources, at least one.");
        this.AddInputField("properties", Ref(JsonGraphType.TypeName),
            "The type's properties as a JSON object, e.g. {\"orrPercent\": 49}; the names and types are those of the type's properties input (SensitiveToPropertiesInput…).");
    }
}
