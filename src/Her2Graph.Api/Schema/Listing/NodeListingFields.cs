using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>Adds a root connection per kind (genes, drugs…) with where, order and keyset paging.</summary>
internal static class NodeListingFields
{
    public static IEnumerable<IGraphType> AddNodeListing(this ObjectGraphType query, NodeKindDefinition definition, string fieldName)
    {
        var filter = new NodeFilterInputGraphType(definition);
        var orderFields = new NodeOrderFieldGraphType(definition);
        var order = new NodeOrderInputGraphType(definition, orderFields);
        var connection = new NodeConnectionGraphType(definition.Kind.ToString());

        var arguments = PageRequest.Arguments("nodes");
        arguments.Add(new QueryArgument(filter) { Name = "where", Description = "Only nodes meeting these conditions." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(order))) { Name = "order", Description = "Sort keys, most significant first; by name when omitted." });

        query.AddField(new FieldType
        {
            Name = fieldName,
            Description = $"{definition.Kind} nodes, filtered, ordered and paged with keyset cursors (pages do not shift when nodes are added).",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = arguments,
            Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(async context =>
            {
                var request = PageRequest.From(context);
                var query = new NodeListQuery(
                    definition.Kind,
                    NodeFilterTranslator.Translate(context.GetArgument<Dictionary<string, object?>?>("where")),
                    OrderOf(context),
                    request.First,
                    request.After,
                    request.Last,
                    request.Before);
                try
                {
                    return new NodeConnection(await context.RequestServices!.GetRequiredService<IGraphStore>().ListNodesAsync(query, context.CancellationToken));
                }
                catch (InvalidCursorException e)
                {
                    throw Errors.BadCursor(e.Cursor);
                }
            }),
        });
        return [filter, orderFields, order, connection];
    }

    private static List<NodeOrder> OrderOf(IResolveFieldContext context) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? [])
            .Select(o => new NodeOrder((string)o["field"]!, o.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Ascending))
            .ToList();
}
