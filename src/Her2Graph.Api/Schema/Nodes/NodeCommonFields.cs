using GraphQL.Types;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>The fields every node has, on the Node interface and on each kind's object type.</summary>
internal static class NodeCommonFields
{
    public static void AddNodeFields(this ComplexGraphType<GraphNode> type)
    {
        type.Add("id", NonNull(new IdGraphType()), "Opaque global id, unique across kinds; use it with node(id:) and paths.", c => GlobalId.Of(c.Source));
        type.Add("key", NonNull(new StringGraphType()), "The natural key: HGNC symbol, GENE:change, lower-case INN, registry id, term or slug.", c => c.Source.Id);
        type.Add("kind", NonNullRef("NodeKind"), "What the node is.", c => c.Source.Kind);
        type.Add("name", NonNull(new StringGraphType()), "Display name.", c => c.Source.Name);
        type.Add("aliases", NonNullListOf(new StringGraphType()), "Other names it is found by: brand and code names, abbreviations, legacy notation.", c => c.Source.Aliases);
        type.Add("status", NonNullRef("VerificationStatus"), "How far the node's own facts were checked.", c => c.Source.Provenance.Status);
        type.Add("statusNote", new StringGraphType(), "What exactly was or was not checked.", c => c.Source.Provenance.StatusNote);
        type.Add("citations", NonNullListOf(Ref("Citation")), "Sources of the node's own facts.", c => c.Source.Provenance.Citations);
        type.Add("createdAt", new DateTimeOffsetGraphType(), "When the node was first written.", c => c.Source.Audit?.CreatedAt);
        type.Add("updatedAt", new DateTimeOffsetGraphType(), "When its content last changed.", c => c.Source.Audit?.UpdatedAt);
        type.Add("createdBy", new StringGraphType(), "Who first wrote it: an API key id, or seed.", c => c.Source.Audit?.CreatedBy);
        type.Add("updatedBy", new StringGraphType(), "Who last changed it.", c => c.Source.Audit?.UpdatedBy);
    }
}
