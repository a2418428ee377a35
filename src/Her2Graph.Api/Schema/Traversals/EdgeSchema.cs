using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// The <c>where</c>, <c>order</c>, aggregate and facet types of walking one set of relationship types to one kind
/// (SensitiveToDrugEdgeFilter…), made once per schema and shared by every traversal that walks the same way, and
/// the reading of a traversal field's arguments and selections into the <see cref="NeighbourShape"/> the store answers.
/// </summary>
internal sealed class EdgeSchema
{
    private readonly NodeKind? _target;

    public EdgeSchema(GeneratedTypes types, IReadOnlyList<RelationshipType> relationshipTypes, NodeKind? target)
    {
        _target = target;
        var set = SetName(relationshipTypes);
        var described = relationshipTypes.Count == 0 ? "any" : string.Join(" or ", relationshipTypes.Select(t => t.ToWireName()));
        var properties = relationshipTypes.SelectMany(t => RelationshipTypes.Get(t).Properties).DistinctBy(p => p.Name).ToList();
        var node = NodeScopeTypes.Ensure(types, target);
        var prefix = set + (target?.ToString() ?? "Node");

        var relationshipFilter = types.Ensure(set + "RelationshipFilter", () => new RelationshipFilterInputGraphType(set + "RelationshipFilter", described, properties));
        Where = types.Ensure(prefix + "EdgeFilter", () => new EdgeFilterInputGraphType(prefix + "EdgeFilter", relationshipFilter, node.Filter));
        types.Ensure(LinkFilterName(relationshipTypes, target), () => new LinkFilterInputGraphType(LinkFilterName(relationshipTypes, target), Where, described));
        var relationshipOrder = types.Ensure(set + "RelationshipOrderField", () => new RelationshipOrderFieldGraphType(set + "RelationshipOrderField", properties));
        Order = types.Ensure(prefix + "EdgeOrder", () => new EdgeOrderInputGraphType(prefix + "EdgeOrder", relationshipOrder, node.OrderField));

        var numbers = AggregateFields.Numbers(properties);
        var relationshipAggregate = numbers.Count == 0 ? null
            : types.Ensure(set + "RelationshipAggregate", () => new ScopeAggregateGraphType(set + "RelationshipAggregate", described + " relationships", numbers));
        var relationshipFacets = types.Ensure(set + "RelationshipFacets", () => new ScopeFacetsGraphType(
            set + "RelationshipFacets", described + " relationships", NodeScopeTypes.FacetFields(RelationshipFields.Status, properties)));
        if (relationshipAggregate is not null || node.Aggregate is not null)
            Aggregate = types.Ensure(prefix + "EdgeAggregate", () => new EdgeScopesGraphType(prefix + "EdgeAggregate", "Summaries of the figures of the relationships walked and of the nodes reached, over every edge that meets the filter (all pages).", relationshipAggregate, node.Aggregate));
        Facets = types.Ensure(prefix + "EdgeFacets", () => new EdgeScopesGraphType(prefix + "EdgeFacets", "Counts per value over every edge that meets the filter (all pages).", relationshipFacets, node.Facets));
    }

    /// <summary>The edge filter input's name.</summary>
    public string Where { get; }

    /// <summary>The sort key input's name.</summary>
    public string Order { get; }

    /// <summary>The aggregate object's name; null when neither side has a figure.</summary>
    public string? Aggregate { get; }

    public string Facets { get; }

    public static string LinkFilterName(IReadOnlyList<RelationshipType> types, NodeKind? target) => SetName(types) + (target?.ToString() ?? "Node") + "LinkFilter";

    public IEnumerable<QueryArgument> Arguments()
    {
        yield return new QueryArgument(Ref(Where)) { Name = "where", Description = "Only edges meeting these conditions on the relationship walked and the node reached." };
        yield return new QueryArgument(new ListGraphType(new NonNullGraphType(Ref(Order))))
        {
            Name = "order",
            Description = "Sort keys, most significant first; then type, node name, node key and relationship key, so the order is total.",
        };
    }

    /// <summary>The shape of the store read for this field: its pattern with the where, order and selected aggregates.</summary>
    public NeighbourShape ShapeOf(IResolveFieldContext context, LinkPattern walk, Reach? via = null)
    {
        var where = WhereTranslator.Edge(context.GetArgument<Dictionary<string, object?>?>("where"), _target);
        var combined = (walk.Where, where) switch
        {
            (null, _) => where,
            (_, null) => walk.Where,
            var (a, b) => new NodeFilter.AllOf([a, b]),
        };
        var selected = SelectionLookAhead.Names(context);
        return new NeighbourShape(
            walk with { Where = combined },
            OrderOf(context),
            Rows: selected.Contains("edges") || selected.Contains("nodes") || selected.Contains("pageInfo"),
            AggregateFields.Requested(context, [(FilterScope.Relationship, "relationship"), (FilterScope.Node, "node")]),
            via);
    }

    private List<NodeOrder> OrderOf(IResolveFieldContext context) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? []).Select(key =>
        {
            var direction = key.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Ascending;
            var relationship = key.GetValueOrDefault("relationship") as string;
            var node = key.GetValueOrDefault("node") as string;
            if ((relationship is null) == (node is null)) throw Errors.BadArgument("each order key gives exactly one of relationship and node");
            return relationship is not null
                ? new NodeOrder(relationship, direction, FilterScope.Relationship)
                : NodeScopeTypes.OrderKey(_target, node!, direction);
        }).ToList();

    private static string SetName(IReadOnlyList<RelationshipType> types) => types.Count == 0 ? "Any" : string.Join("Or", types);
}
