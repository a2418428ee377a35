using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

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

        query.Field(fieldName, new NonNullGraphType(connection))
            .Description($"{definition.Kind} nodes, filtered, ordered and paged with keyset cursors (pages do not shift when nodes are added).")
            .Arguments(PageRequest.Arguments("nodes"))
            .Argument(filter, "where", a => a.Description = "Only nodes meeting these conditions.")
            .Argument(new ListGraphType(new NonNullGraphType(order)), "order", a => a.Description = "Sort keys, most significant first; by name when omitted.")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (context, store) =>
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
                    return new NodeConnection(await store.ListNodesAsync(query, context.CancellationToken));
                }
                catch (InvalidCursorException e)
                {
                    throw Errors.BadCursor(e.Cursor);
                }
            });
        return [filter, orderFields, order, connection];
    }

    private static List<NodeOrder> OrderOf(IResolveFieldContext context) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? [])
            .Select(o => new NodeOrder((string)o["field"]!, o.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Ascending))
            .ToList();
}
