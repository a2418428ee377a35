using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>The Relay connection of one kind (DrugConnection…).</summary>
internal sealed class NodeConnectionGraphType : ObjectGraphType<NodeConnection>
{
    public NodeConnectionGraphType(string kind)
    {
        Name = kind + "Connection";
        Description = $"A page of {kind} nodes.";
        var edge = new ObjectGraphType<PagedNode> { Name = kind + "Edge", Description = $"A {kind} in a page, with its cursor." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("Cursor of this node, for after/before.").Resolve(c => c.Source.Cursor);
        edge.Field("node", NonNullRef(kind)).Description($"The {kind}.").Resolve(c => c.Source.Node);
        Field("edges", NonNullListOf(edge)).Description("The edges of this page.").Resolve(c => c.Source.Page.Nodes);
        Field("nodes", NonNullListOf(Ref(kind))).Description("The nodes of this page.").Resolve(c => c.Source.Page.Nodes.Select(n => n.Node));
        Field("pageInfo", NonNullRef("PageInfo")).Description("Paging information.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Nodes matching the filter, over all pages.")
            .Resolve(c => c.Source.Page.TotalCount);
    }
}
