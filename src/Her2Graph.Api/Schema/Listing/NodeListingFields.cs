using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>Adds a root connection per kind (genes, drugs…) with where, order, keyset paging, aggregates and facets.</summary>
internal static class NodeListingFields
{
    public static IEnumerable<IGraphType> AddNodeListing(this ObjectGraphType query, NodeKindDefinition definition, string fieldName, GeneratedTypes types)
    {
        var kind = definition.Kind;
        var scope = NodeScopeTypes.Ensure(types, kind);
        var order = new NodeOrderInputGraphType(kind.ToString(), scope.OrderField);
        var connection = new NodeConnectionGraphType(kind.ToString(), scope.Aggregate, scope.Facets);

        query.Field(fieldName, new NonNullGraphType(connection))
            .Description($"{kind} nodes, filtered, ordered and paged with keyset cursors (pages do not shift when nodes are added), with aggregates and facets over every match.")
            .Arguments(PageRequest.Arguments("nodes"))
            .Argument(Ref(scope.Filter), "where", a => a.Description = "Only nodes meeting these conditions, on their fields and on their links (approvals: { some: {} }).")
            .Argument(new ListGraphType(new NonNullGraphType(order)), "order", a => a.Description = "Sort keys, most significant first; by name when omitted; the key breaks ties.")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (context, store) =>
            {
                var request = PageRequest.From(context);
                var query = new NodeListQuery(
                    kind,
                    WhereTranslator.Node(context.GetArgument<Dictionary<string, object?>?>("where"), kind),
                    OrderOf(context, definition),
                    request.First,
                    request.After,
                    request.Last,
                    request.Before,
                    AggregateFields.Requested(context, [(FilterScope.Node, null)]));
                try
                {
                    return new NodeConnection(await store.ListNodesAsync(query, context.CancellationToken));
                }
                catch (InvalidCursorException e)
                {
                    throw Errors.BadCursor(e.Cursor);
                }
            });
        return [order, connection];
    }

    private static List<NodeOrder> OrderOf(IResolveFieldContext context, NodeKindDefinition definition) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? [])
            .Select(o => NodeScopeTypes.OrderKey(
                definition.Kind, (string)o["field"]!, o.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Ascending))
            .ToList();
}
