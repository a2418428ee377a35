using System.Collections;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Filtering;

/// <summary>
/// Turns parsed <c>where</c> inputs into the store's <see cref="NodeFilter"/>: a node filter (DrugFilter: its fields,
/// its links to other nodes, and/or/not) and an edge filter (the relationship walked and the node reached).
/// </summary>
internal static class WhereTranslator
{
    private static readonly Dictionary<string, FilterOperator> Operators = new()
    {
        ["eq"] = FilterOperator.Equal,
        ["in"] = FilterOperator.In,
        ["contains"] = FilterOperator.Contains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.GreaterThan,
        ["gte"] = FilterOperator.GreaterThanOrEqual,
        ["lt"] = FilterOperator.LessThan,
        ["lte"] = FilterOperator.LessThanOrEqual,
        ["isNull"] = FilterOperator.IsNull,
    };

    /// <summary>A node filter of a kind (null for a filter over any kind, which has no link fields).</summary>
    public static NodeFilter? Node(IDictionary<string, object?>? where, NodeKind? kind) =>
        Combine(where, (field, value) => CountableLinks.Of(kind, field) is { } pattern
            ? Linked(pattern, (IDictionary<string, object?>)value)
            : Comparisons(field, (IDictionary<string, object?>)value, FilterScope.Node), nested => Node(nested, kind));

    /// <summary>An edge filter: <c>relationship</c> over the relationship walked, <c>node</c> over the node reached (of <paramref name="target"/>).</summary>
    public static NodeFilter? Edge(IDictionary<string, object?>? where, NodeKind? target) =>
        Combine(where, (field, value) => field switch
        {
            "relationship" => Relationship((IDictionary<string, object?>)value) is { } filter ? [filter] : [],
            "node" => Node((IDictionary<string, object?>)value, target) is { } filter ? [filter] : [],
            _ => throw new ArgumentException($"unknown edge filter field {field}", nameof(where)),
        }, nested => Edge(nested, target));

    /// <summary>A filter on relationships of a set of types (its status, evidence level and properties).</summary>
    public static NodeFilter? Relationship(IDictionary<string, object?>? where) =>
        Combine(where, (field, value) => Comparisons(field, (IDictionary<string, object?>)value, FilterScope.Relationship), Relationship);

    /// <summary>and/or/not and every other field of one <c>where</c> input, all of which must hold.</summary>
    public static NodeFilter? Combine(
        IDictionary<string, object?>? where,
        Func<string, object, IEnumerable<NodeFilter>> fieldFilters,
        Func<IDictionary<string, object?>, NodeFilter?> nested)
    {
        if (where is null) return null;
        var parts = new List<NodeFilter>();
        foreach (var (field, value) in where)
        {
            if (value is null) continue;
            switch (field)
            {
                case "and":
                    parts.Add(new NodeFilter.AllOf(List(value).Select(nested).OfType<NodeFilter>().ToList()));
                    break;
                case "or":
                    parts.Add(new NodeFilter.AnyOf(List(value).Select(nested).OfType<NodeFilter>().ToList()));
                    break;
                case "not":
                    if (nested((IDictionary<string, object?>)value) is { } negated) parts.Add(new NodeFilter.Negate(negated));
                    break;
                default:
                    parts.AddRange(fieldFilters(field, value));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new NodeFilter.AllOf(parts);
    }

    /// <summary>some / none / count (of the links meeting <c>where</c>, or all of them) on one traversal of the node.</summary>
    private static IEnumerable<NodeFilter> Linked(LinkPattern pattern, IDictionary<string, object?> link)
    {
        if (link.TryGetValue("some", out var some) && some is not null)
            yield return new NodeFilter.Linked(pattern with { Where = Edge((IDictionary<string, object?>)some, pattern.Target) }, FilterOperator.GreaterThanOrEqual, 1);
        if (link.TryGetValue("none", out var none) && none is not null)
            yield return new NodeFilter.Linked(pattern with { Where = Edge((IDictionary<string, object?>)none, pattern.Target) }, FilterOperator.Equal, 0);
        if (link.TryGetValue("count", out var count) && count is IDictionary<string, object?> bounds)
        {
            var counted = pattern with { Where = link.TryGetValue("where", out var where) ? Edge((IDictionary<string, object?>?)where, pattern.Target) : null };
            foreach (var (op, value) in bounds.Where(b => b.Value is not null))
                yield return new NodeFilter.Linked(counted, Operators[op], Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<NodeFilter> Comparisons(string field, IDictionary<string, object?> conditions, FilterScope scope) =>
        conditions.Where(c => c.Value is not null)
            .Select(c => new NodeFilter.Compare(field, Operators[c.Key], ToJson(c.Value!), scope));

    private static IEnumerable<IDictionary<string, object?>> List(object value) => ((IEnumerable)value).Cast<IDictionary<string, object?>>();

    private static JsonElement ToJson(object value) => value switch
    {
        VerificationStatus status => JsonSerializer.SerializeToElement(status.ToWireName()),
        EvidenceLevel level => JsonSerializer.SerializeToElement(level.ToWireName()),
        RelationshipType type => JsonSerializer.SerializeToElement(type.ToWireName()),
        NodeKind kind => JsonSerializer.SerializeToElement(kind.ToString()),
        string text => JsonSerializer.SerializeToElement(text),
        IEnumerable list => JsonSerializer.SerializeToElement(list.Cast<object>().Select(item => ToJson(item)).ToList()),
        _ => JsonSerializer.SerializeToElement(value),
    };
}
