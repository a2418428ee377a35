using GraphQL.Types;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>The Relay connection of one kind (DrugConnection…).</summary>
internal sealed class NodeConnectionGraphType : ObjectGraphType<NodeConnection>
{
    public NodeConnectionGraphType(string kind, string? aggregate, string facets)
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
        if (aggregate is not null)
        {
            Field("aggregate", NonNullRef(aggregate))
                .Description("Summaries (count, min, max, avg, median, sum) of the figures of every node matching the filter, over all pages, computed in the store.")
                .Resolve(c => new ScopedAggregates(c.Source.Page.Aggregates, FilterScope.Node));
        }

        Field("facets", NonNullRef(facets))
            .Description("Counts per value of the choice and text fields of every node matching the filter, over all pages.")
            .Resolve(c => new ScopedAggregates(c.Source.Page.Aggregates, FilterScope.Node));
    }
}
