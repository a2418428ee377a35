using GraphQL;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>
/// Reads the evidence field's arguments and selections into the store's <see cref="RelationshipListQuery"/>. A
/// node-kind condition or key names "the row's end of that kind": it is asked of each end that can be of the kind
/// among the kinds listed, guarded by the end's kind, so rows with no such end never match and sort last.
/// </summary>
internal static class EvidenceRequest
{
    /// <summary>The facet behind <c>facets.kind</c>: rows per relationship type.</summary>
    public static FieldRef KindFacet { get; } = new(FilterScope.Relationship, RelationshipFields.Type);

    public static RelationshipListQuery Of(IResolveFieldContext context)
    {
        var kinds = context.GetArgument<List<RelationshipType>?>("kinds");
        IReadOnlyList<RelationshipType> types = kinds is { Count: > 0 } ? kinds.Distinct().ToList() : EvidenceKinds.Types;
        var page = PageRequest.From(context);
        return new RelationshipListQuery(
            types,
            Where(context.GetArgument<Dictionary<string, object?>?>("where"), types),
            OrderOf(context),
            page.First,
            page.After,
            page.Last,
            page.Before,
            Aggregates(context));
    }

    private static NodeFilter? Where(IDictionary<string, object?>? where, IReadOnlyList<RelationshipType> types) =>
        WhereTranslator.Combine(where, (field, value) => field == "relationship"
            ? WhereTranslator.Relationship((IDictionary<string, object?>)value) is { } filter ? [filter] : []
            : AtEnd(KindOf(field), WhereTranslator.Node((IDictionary<string, object?>)value, KindOf(field)), types), nested => Where(nested, types));

    /// <summary>The row's end of <paramref name="kind"/> meets the filter: either end that can be of the kind, guarded by its kind.</summary>
    private static IEnumerable<NodeFilter> AtEnd(NodeKind kind, NodeFilter? filter, IReadOnlyList<RelationshipType> types)
    {
        var definitions = types.Select(Domain.Schema.RelationshipTypes.Get).ToList();
        var ends = new List<NodeFilter>();
        if (definitions.Any(d => d.FromKinds.Contains(kind))) ends.Add(OfKind(kind, filter, FilterScope.From));
        if (definitions.Any(d => d.ToKinds.Contains(kind))) ends.Add(OfKind(kind, filter, FilterScope.To));
        yield return ends.Count == 1 ? ends[0] : new NodeFilter.AnyOf(ends);
    }

    private static NodeFilter OfKind(NodeKind kind, NodeFilter? filter, FilterScope end)
    {
        var isKind = new NodeFilter.Compare(NodeFields.Kind, FilterOperator.Equal, System.Text.Json.JsonSerializer.SerializeToElement(kind.ToString()), end);
        return filter is null ? isKind : new NodeFilter.AllOf([isKind, AtScope(filter, end)]);
    }

    /// <summary>A node filter asked of an end: its comparisons and links move from the node to that end.</summary>
    private static NodeFilter AtScope(NodeFilter filter, FilterScope end) => filter switch
    {
        NodeFilter.AllOf all => new NodeFilter.AllOf(all.Filters.Select(f => AtScope(f, end)).ToList()),
        NodeFilter.AnyOf any => new NodeFilter.AnyOf(any.Filters.Select(f => AtScope(f, end)).ToList()),
        NodeFilter.Negate not => new NodeFilter.Negate(AtScope(not.Filter, end)),
        NodeFilter.Compare compare => compare with { Scope = end },
        NodeFilter.Linked linked => linked with { Scope = end },
        _ => throw new ArgumentException($"unknown filter {filter.GetType().Name}", nameof(filter)),
    };

    private static List<NodeOrder> OrderOf(IResolveFieldContext context) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? []).Select(key =>
        {
            var direction = key.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Ascending;
            var named = key.Where(p => p.Key != "direction" && p.Value is string).ToList();
            if (named.Count != 1) throw Errors.BadArgument("each order key gives exactly one of relationship and a node kind");
            var (field, value) = (named[0].Key, (string)named[0].Value!);
            if (field == "relationship") return new NodeOrder(value, direction, FilterScope.Relationship);
            var kind = KindOf(field);
            return NodeScopeTypes.OrderKey(kind, value, direction) with { EndKind = kind };
        }).ToList();

    /// <summary>What the client selected under aggregate and facets, per scope.</summary>
    private static AggregateRequest? Aggregates(IResolveFieldContext context)
    {
        var numbers = new List<FieldRef>();
        var facets = new List<FieldRef>();
        numbers.AddRange(Selected(context, "aggregate", "relationship").Select(n => new FieldRef(FilterScope.Relationship, n)));
        facets.AddRange(Selected(context, "facets", "relationship").Select(n => new FieldRef(FilterScope.Relationship, n)));
        if (SelectionLookAhead.Names(context, "facets").Contains("kind")) facets.Add(KindFacet);
        foreach (var kind in EvidenceKinds.EndKinds)
        {
            numbers.AddRange(Selected(context, "aggregate", EvidenceKinds.FieldOf(kind)).Select(n => FieldRef.AtEnd(kind, n)));
            facets.AddRange(Selected(context, "facets", EvidenceKinds.FieldOf(kind)).Select(n => FieldRef.AtEnd(kind, n)));
        }

        if (numbers.Count + facets.Count > AggregateRequest.MaxFields)
            throw Errors.BadArgument($"at most {AggregateRequest.MaxFields} aggregate and facet fields per connection");
        return numbers.Count + facets.Count == 0 ? null : new AggregateRequest(numbers.Distinct().ToList(), facets.Distinct().ToList());
    }

    private static IEnumerable<string> Selected(IResolveFieldContext context, string root, string scope) =>
        SelectionLookAhead.Names(context, root, scope).Where(n => n != "__typename");

    private static readonly Dictionary<string, NodeKind> EndsByField = EvidenceKinds.EndKinds.ToDictionary(EvidenceKinds.FieldOf);

    private static NodeKind KindOf(string field) =>
        EndsByField.TryGetValue(field, out var kind) ? kind : throw new ArgumentException($"unknown evidence field {field}", nameof(field));
}
