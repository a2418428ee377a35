using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Import;

/// <summary>One node of an importGraph batch: like the per-kind inputs, with the kind named and the properties as JSON.</summary>
internal sealed class NodeRecordInputGraphType : InputObjectGraphType
{
    public NodeRecordInputGraphType()
    {
        Name = "NodeRecordInput";
        Description = "A node of an importGraph batch, created or replaced as a whole.";
        this.AddInputField("kind", NonNullRef("NodeKind"), "What the node is.");
        this.AddInputField("key", NonNull(new StringGraphType()), "The natural key, unique across all kinds.");
        this.AddInputField("name", NonNull(new StringGraphType()), "Display name.");
        this.AddInputField("aliases", new ListGraphType(new NonNullGraphType(new StringGraphType())), "Other names it is found by.");
        this.AddInputField("status", NonNullRef("VerificationStatus"), "How far the node's own facts were checked.");
        this.AddInputField("statusNote", new StringGraphType(), "What exactly was or was not checked.");
        this.AddInputField("citations", new ListGraphType(new NonNullGraphType(new StringGraphType())), "Sources of the node's own facts.");
        this.AddInputField("properties", Ref(JsonGraphType.TypeName),
            "The kind's properties as a JSON object, e.g. {\"drugClass\": \"ADC\"}; the names and types are those of the kind's input type (DrugInput…).");
    }
}
