using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>
/// The types over the nodes of one kind (or of any kind) that root connections and traversals share: filter, order
/// fields, aggregate and facets (DrugFilter, DrugOrderField, DrugAggregate, DrugFacets; NodeFilter… for any kind).
/// </summary>
internal sealed record NodeScopeTypes(string Filter, string OrderField, string? Aggregate, string Facets)
{
    public static NodeScopeTypes Ensure(GeneratedTypes types, NodeKind? kind)
    {
        var name = kind?.ToString() ?? "Node";
        var properties = kind is { } k ? NodeKinds.Get(k).Properties : [];
        var described = kind is null ? "nodes of any kind" : $"{kind} nodes";
        var filter = types.Ensure(name + "Filter", () => new NodeFilterInputGraphType(name, kind, properties));
        var order = types.Ensure(name + "OrderField", () => new NodeOrderFieldGraphType(name, kind, properties));
        var numbers = AggregateFields.Numbers(properties);
        var aggregate = numbers.Count == 0 ? null : types.Ensure(name + "Aggregate", () => new ScopeAggregateGraphType(name + "Aggregate", described, numbers));
        var facetFields = FacetFields(NodeFields.Status, properties);
        if (kind is null) facetFields = facetFields.Prepend((NodeFields.Kind, "The node kind."));
        var facets = types.Ensure(name + "Facets", () => new ScopeFacetsGraphType(name + "Facets", described, facetFields.ToList()));
        return new NodeScopeTypes(filter, order, aggregate, facets);
    }

    public static IEnumerable<(string Field, string Description)> FacetFields(string status, IEnumerable<PropertyDefinition> properties) =>
        AggregateFields.Facets(properties).Select(p => (p.Name, p.Description)).Prepend((status, "The verification status."));

    /// <summary>A node sort key from its order field's value: a count of links (<c>approvalsCount</c>) or a field.</summary>
    public static NodeOrder OrderKey(NodeKind? kind, string field, SortDirection direction) =>
        kind is { } k && CountableLinks.OfCountField(k, field) is { } traversal
            ? new NodeOrder(field, direction, FilterScope.Node, CountableLinks.PatternOf(traversal))
            : new NodeOrder(field, direction);
}
