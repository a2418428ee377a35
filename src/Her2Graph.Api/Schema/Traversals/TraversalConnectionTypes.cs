using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>Builds the Relay connection and edge types of a traversal; edges carry the relationship walked.</summary>
internal static class TraversalConnectionTypes
{
    public static IGraphType Create(string prefix, string nodeTypeName, string relationshipTypeName, string description)
    {
        var edge = new ObjectGraphType<TraversalEdge> { Name = prefix + "Edge", Description = $"An edge of {prefix}Connection: {description}" };
        edge.Add("cursor", NonNull(new StringGraphType()), "Cursor of this edge, for after/before.", c => c.Source.Cursor);
        edge.Add("node", NonNullRef(nodeTypeName), "The node reached.", c => c.Source.Neighbour.Node);
        edge.Add("relationship", NonNullRef(relationshipTypeName), "The relationship walked, with its citations and figures.", c => c.Source.Neighbour.Relationship);
        edge.Add("direction", NonNullRef("Direction"), "OUTGOING when the relationship starts at the node it was walked from: the node that has this field or, with includeClasses, one of its classes (see relationship.from).", c => c.Source.Neighbour.Direction);

        var connection = new ObjectGraphType<TraversalPage> { Name = prefix + "Connection", Description = description };
        connection.Add("edges", NonNullListOf(edge), "The edges of this page.", c => c.Source.Edges);
        connection.Add("nodes", NonNullListOf(Ref(nodeTypeName)),
            "The nodes of this page's edges, each once, in edge order: a trial reached through three arms is one node here and three edges.",
            c => c.Source.Edges.Select(e => e.Neighbour.Node).DistinctBy(n => n.Id));
        connection.Add("pageInfo", NonNullRef("PageInfo"), "Paging information.", c => c.Source.PageInfo);
        connection.Add("totalCount", NonNull(new IntGraphType()), "Edges matching the arguments, over all pages.", c => c.Source.TotalCount);
        return connection;
    }
}
