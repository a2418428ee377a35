using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeConnectionGraphType : ObjectGraphType<ChangeConnection>
{
    public ChangeConnectionGraphType()
    {
        Name = "ChangeConnection";
        Description = "A page of the change log, oldest first (Relay cursor connection).";
        var edge = new ObjectGraphType<ChangeRecord> { Name = "ChangeEdge", Description = "A change in a page, with its cursor." };
        edge.Add("cursor", NonNull(new StringGraphType()), "Cursor of this change, for after.", c => ChangeCursor.Encode(c.Source));
        edge.Add("node", NonNullRef("Change"), "The change.", c => c.Source);
        this.Add("edges", NonNullListOf(edge), "The edges of this page.", c => c.Source.Changes);
        this.Add("nodes", NonNullListOf(Ref("Change")), "The changes of this page.", c => c.Source.Changes);
        this.Add("pageInfo", NonNullRef("PageInfo"), "Paging information.", c => c.Source.PageInfo);
    }
}
