using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using Microsoft.Extensions.DependencyInjection;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>The fields every relationship has: identity, ends, provenance and audit.</summary>
internal static class RelationshipCommonFields
{
    public static void AddRelationshipFields(this ComplexGraphType<GraphRelationship> type, string fromType = "Node", string toType = "Node")
    {
        type.Add("key", NonNull(new StringGraphType()), "Stable identity: FROM|TYPE|TO|qualifier.", c => c.Source.Key.ToString());
        type.Add("type", NonNullRef("RelationshipType"), "What the relationship says.", c => c.Source.Type);
        type.Add("qualifier", NonNull(new StringGraphType()), "Tells apart relationships of one type between the same nodes (trial and dose, cohort, agency); empty when there is one.", c => c.Source.Qualifier);
        type.Add("from", NonNullRef(fromType), "The start node.", c => Nodes(c).Load(c.Source.FromId));
        type.Add("to", NonNullRef(toType), "The end node.", c => Nodes(c).Load(c.Source.ToId));
        type.Add("citations", NonNullListOf(Ref("Citation")), "The sources: at least one.", c => c.Source.Provenance.Citations);
        type.Add("status", NonNullRef("VerificationStatus"), "How far the relationship and its figures were checked.", c => c.Source.Provenance.Status);
        type.Add("statusNote", new StringGraphType(), "What exactly was or was not checked.", c => c.Source.Provenance.StatusNote);
        type.Add("evidenceLevel", Ref("EvidenceLevel"), "The strongest kind of evidence behind it, where stated.", c => c.Source.Provenance.EvidenceLevel);
        type.Add("createdAt", new DateTimeOffsetGraphType(), "When the relationship was first written.", c => c.Source.Audit?.CreatedAt);
        type.Add("updatedAt", new DateTimeOffsetGraphType(), "When its content last changed.", c => c.Source.Audit?.UpdatedAt);
        type.Add("createdBy", new StringGraphType(), "Who first wrote it: an API key id, or seed.", c => c.Source.Audit?.CreatedBy);
        type.Add("updatedBy", new StringGraphType(), "Who last changed it.", c => c.Source.Audit?.UpdatedBy);
    }

    private static NodesByIdDataLoader Nodes(GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<NodesByIdDataLoader>();
}
