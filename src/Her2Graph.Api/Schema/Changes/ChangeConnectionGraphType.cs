using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeConnectionGraphType : ObjectGraphType<ChangeConnection>
{
    public ChangeConnectionGraphType()
    {
        Name = "ChangeConnection";
        Description = "A page of the change log, oldest first (Relay cursor connection).";
        var edge = new ObjectGraphType<ChangeRecord> { Name = "ChangeEdge", Description = "A change in a page, with its cursor." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Cursor of this change, for after.")
            .Resolve(c => ChangeCursor.Encode(c.Source));
        edge.Field("node", NonNullRef("Change")).Description("The change.").Resolve(c => c.Source);
        Field("edges", NonNullListOf(edge)).Description("The edges of this page.").Resolve(c => c.Source.Changes);
        Field("nodes", NonNullListOf(Ref("Change"))).Description("The changes of this page.").Resolve(c => c.Source.Changes);
        Field("pageInfo", NonNullRef("PageInfo")).Description("Paging information.").Resolve(c => c.Source.PageInfo);
    }
}
