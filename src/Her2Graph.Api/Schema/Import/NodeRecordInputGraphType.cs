using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Import;

/// <summary>One node of an importGraph batch: like the per-kind inputs, with the kind named and the properties as JSON.</summary>
internal sealed class NodeRecordInputGraphType : InputObjectGraphType
{
    public NodeRecordInputGraphType()
    {
        Name = "NodeRecordInput";
        Description = "A node of an importGraph batch, created or replaced as a whole.";
        Field("kind", NonNullRef("NodeKind")).Description("What the node is.");
        Field<NonNullGraphType<StringGraphType>>("key").Description("The natural key, unique across all kinds.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Other names it is found by.");
        Field("status", NonNullRef("VerificationStatus")).Description("How far the node's own facts were checked.");
        Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("citations").Description("Sources of the node's own facts.");
        Field("xrefs", new ListGraphType(NonNullRef("CrossReferenceInput")))
            .Description("Its ids in outside vocabularies (replacing the stored ones as a whole), e.g. {scheme: CHEMBL, id: \"CHEMBL554\", status: VERIFIED}.");
        Field("properties", Ref(JsonGraphType.TypeName))
            .Description("The kind's properties as a JSON object, e.g. {\"drugClass\": \"ADC\"}; the names and types are those of the kind's input type (DrugInput…); choices as their enum values (\"analysis\": \"PRIMARY\"), dates as yyyy, yyyy-MM or yyyy-MM-dd.");
    }
}
