using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>The Relay connection of one kind (DrugConnection…).</summary>
internal sealed class NodeConnectionGraphType : ObjectGraphType<NodeConnection>
{
    public NodeConnectionGraphType(string kind)
    {
        Name = kind + "Connection";
        Description = $"A page of {kind} nodes.";
        var edge = new ObjectGraphType<PagedNode> { Name = kind + "Edge", Description = $"A {kind} in a page, with its cursor." };
        edge.Add("cursor", NonNull(new StringGraphType()), "Cursor of this node, for after/before.", c => c.Source.Cursor);
        edge.Add("node", NonNullRef(kind), $"The {kind}.", c => c.Source.Node);
        this.Add("edges", NonNullListOf(edge), "The edges of this page.", c => c.Source.Page.Nodes);
        this.Add("nodes", NonNullListOf(Ref(kind)), "The nodes of this page.", c => c.Source.Page.Nodes.Select(n => n.Node));
        this.Add("pageInfo", NonNullRef("PageInfo"), "Paging information.", c => c.Source.PageInfo);
        this.Add("totalCount", NonNull(new IntGraphType()), "Nodes matching the filter, over all pages.", c => c.Source.Page.TotalCount);
    }
}
