using System.Collections;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>Turns a parsed <c>where</c> input (DrugFilter…) into the store's <see cref="NodeFilter"/>.</summary>
internal static class NodeFilterTranslator
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
    };

    public static NodeFilter? Translate(IDictionary<string, object?>? where)
    {
        if (where is null) return null;
        var parts = new List<NodeFilter>();
        foreach (var (field, value) in where)
        {
            if (value is null) continue;
            switch (field)
            {
                case "and":
                    parts.Add(new NodeFilter.AllOf(Nested(value)));
                    break;
                case "or":
                    parts.Add(new NodeFilter.AnyOf(Nested(value)));
                    break;
                case "not":
                    if (Translate((IDictionary<string, object?>)value) is { } negated) parts.Add(new NodeFilter.Negate(negated));
                    break;
                default:
                    parts.AddRange(Comparisons(field, (IDictionary<string, object?>)value));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new NodeFilter.AllOf(parts);
    }

    private static List<NodeFilter> Nested(object value) =>
        ((IEnumerable)value).Cast<IDictionary<string, object?>>().Select(Translate).OfType<NodeFilter>().ToList();

    private static IEnumerable<NodeFilter> Comparisons(string field, IDictionary<string, object?> conditions) =>
        conditions.Where(c => c.Value is not null)
            .Select(c => new NodeFilter.Compare(field, Operators[c.Key], ToJson(c.Value!)));

    private static JsonElement ToJson(object value) => value switch
    {
        VerificationStatus status => JsonSerializer.SerializeToElement(status.ToWireName()),
        string text => JsonSerializer.SerializeToElement(text),
        IEnumerable list => JsonSerializer.SerializeToElement(list.Cast<object>().Select(item => ToJson(item)).ToList()),
        _ => JsonSerializer.SerializeToElement(value),
    };
}
