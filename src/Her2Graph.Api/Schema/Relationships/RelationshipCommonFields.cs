using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>The fields every relationship has: identity, ends, provenance and audit.</summary>
internal static class RelationshipCommonFields
{
    public static void AddRelationshipFields(this ObjectGraphType<GraphRelationship> type, string fromType = "Node", string toType = "Node")
    {
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Stable identity: FROM|TYPE|TO|qualifier.")
            .Resolve(c => c.Source.Key.ToString());
        type.Field("type", NonNullRef("RelationshipType")).Description("What the relationship says.").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<StringGraphType>>("qualifier")
            .Description("Tells apart relationships of one type between the same nodes (e.g. one arm's incidence of an adverse event counted two ways); empty when there is one.")
            .Resolve(c => c.Source.Qualifier);
        type.Field("from", NonNullRef(fromType)).Description("The start node.")
            .Resolve().WithService<NodesByIdDataLoader>().Resolve((c, nodes) => nodes.Load(c.Source.FromId));
        type.Field("to", NonNullRef(toType)).Description("The end node.")
            .Resolve().WithService<NodesByIdDataLoader>().Resolve((c, nodes) => nodes.Load(c.Source.ToId));
        type.Field("citations", NonNullListOf(Ref("Citation"))).Description("The sources: at least one.").Resolve(c => c.Source.Provenance.Citations);
        type.Field("status", NonNullRef("VerificationStatus"))
            .Description("How far the relationship and its figures were checked.")
            .Resolve(c => c.Source.Provenance.Status);
        type.Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.").Resolve(c => c.Source.Provenance.StatusNote);
        type.Field("evidenceLevel", Ref("EvidenceLevel"))
            .Description("The strongest kind of evidence behind it, where stated.")
            .Resolve(c => c.Source.Provenance.EvidenceLevel);
        type.Field<DateTimeOffsetGraphType>("createdAt")
            .Description("When the relationship was first written.")
            .Resolve(c => c.Source.Audit?.CreatedAt);
        type.Field<DateTimeOffsetGraphType>("updatedAt").Description("When its content last changed.").Resolve(c => c.Source.Audit?.UpdatedAt);
        type.Field<StringGraphType>("createdBy").Description("Who first wrote it: an API key id, or seed.").Resolve(c => c.Source.Audit?.CreatedBy);
        type.Field<StringGraphType>("updatedBy").Description("Who last changed it.").Resolve(c => c.Source.Audit?.UpdatedBy);
    }
}
