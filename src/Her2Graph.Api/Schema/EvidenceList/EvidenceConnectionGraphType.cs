using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>The Relay connection of the evidence list.</summary>
internal sealed class EvidenceConnectionGraphType : ObjectGraphType<EvidenceConnection>
{
    // Nothing selected under aggregate or facets but __typename: the store was asked nothing, the object still exists.
    private static readonly Aggregates NoAggregates = new([], []);

    public EvidenceConnectionGraphType(string aggregate, string facets)
    {
        Name = "EvidenceConnection";
        Description = "A page of evidence rows.";
        var edge = new ObjectGraphType<PagedRelationship> { Name = "EvidenceEdge", Description = "An evidence row in a page, with its cursor." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("Cursor of this row, for after/before.").Resolve(c => c.Source.Cursor);
        edge.Field("node", NonNullRef("EvidenceItem")).Description("The row.").Resolve(c => c.Source);
        Field("edges", NonNullListOf(edge)).Description("The edges of this page.").Resolve(c => c.Source.Page.Rows);
        Field("nodes", NonNullListOf(Ref("EvidenceItem"))).Description("The rows of this page.").Resolve(c => c.Source.Page.Rows);
        Field("pageInfo", NonNullRef("PageInfo")).Description("Paging information.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Rows matching the kinds and filter, over all pages.").Resolve(c => c.Source.Page.TotalCount);
        Field("aggregate", NonNullRef(aggregate))
            .Description("Summaries (count, min, max, avg, median, sum) of the figures of every matching row, over all pages, computed in the store.")
            .Resolve(c => c.Source.Page.Aggregates ?? NoAggregates);
        Field("facets", NonNullRef(facets))
            .Description("Counts per value (kind, status, choices) of every matching row, over all pages.")
            .Resolve(c => c.Source.Page.Aggregates ?? NoAggregates);
    }
}
