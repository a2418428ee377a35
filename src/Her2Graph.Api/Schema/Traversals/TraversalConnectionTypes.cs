using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>Builds the Relay connection and edge types of a traversal; edges carry the relationship walked.</summary>
internal static class TraversalConnectionTypes
{
    public static IGraphType Create(string prefix, string nodeTypeName, string relationshipTypeName, string description, EdgeSchema? schema = null)
    {
        var edge = new ObjectGraphType<TraversalEdge> { Name = prefix + "Edge", Description = $"An edge of {prefix}Connection: {description}" };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("Cursor of this edge, for after/before.").Resolve(c => c.Source.Cursor);
        edge.Field("node", NonNullRef(nodeTypeName)).Description("The node reached.").Resolve(c => c.Source.Neighbour.Node);
        edge.Field("relationship", NonNullRef(relationshipTypeName))
            .Description("The relationship walked, with its citations and figures.")
            .Resolve(c => c.Source.Neighbour.Relationship);
        edge.Field("direction", NonNullRef("Direction"))
            .Description("OUTGOING when the relationship starts at the node it was walked from: the node that has this field, one of its classes with includeClasses, or on a two-hop field (Drug.trials, Trial.adverseEvents…) the arm walked through (see relationship.from and to).")
            .Resolve(c => c.Source.Neighbour.Direction);

        var connection = new ObjectGraphType<TraversalPage> { Name = prefix + "Connection", Description = description };
        connection.Field("edges", NonNullListOf(edge)).Description("The edges of this page.").Resolve(c => c.Source.Edges);
        connection.Field("nodes", NonNullListOf(Ref(nodeTypeName)))
            .Description("The nodes of this page's edges, each once, in edge order: a trial reached through three arms is one node here and three edges.")
            .Resolve(c => c.Source.Edges.Select(e => e.Neighbour.Node).DistinctBy(n => n.Id));
        connection.Field("pageInfo", NonNullRef("PageInfo")).Description("Paging information.").Resolve(c => c.Source.PageInfo);
        connection.Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Edges matching the arguments, over all pages.")
            .Resolve(c => c.Source.TotalCount);
        if (schema?.Aggregate is { } aggregate)
        {
            connection.Field("aggregate", NonNullRef(aggregate))
                .Description("Summaries (count, min, max, avg, median, sum) of the figures of every edge matching the arguments, over all pages, computed in the store.")
                .Resolve(c => c.Source.Aggregates ?? Aggregates.None);
        }

        if (schema is not null)
        {
            connection.Field("facets", NonNullRef(schema.Facets))
                .Description("Counts per value of the relationships' and nodes' choice and text fields over every edge matching the arguments.")
                .Resolve(c => c.Source.Aggregates ?? Aggregates.None);
        }

        return connection;
    }
}
