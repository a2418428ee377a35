using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>
/// Turns a typed listing (kind, <see cref="NodeFilter"/>, <see cref="NodeOrder"/>) into the WHERE and ORDER BY
/// fragments of <see cref="Neo4jStatements.ListNodes"/>, and is the Cypher dialect of the keyset clauses
/// (<see cref="KeysetClauses"/>). Every value and every property name becomes a parameter
/// (<c>n[$p1]</c> reads a property by a bound name); only expressions from a closed set are written into the text.
/// Every field is compared as a list (<see cref="Neo4jPropertyCopies"/>), so "any element matches" is one form.
/// </summary>
internal sealed class Neo4jFilterTranslator : IKeysetDialect
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Where(NodeKind? kind, NodeFilter? filter)
    {
        var kindCondition = kind is { } k ? $"n.kind = {Bind(k.ToString())}" : "true";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter)}";
    }

    public IReadOnlyList<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order) =>
        order.Select(o => o.Field switch
        {
            NodeFields.Id => new KeysetSortKey("n.id", o.Direction, Nullable: false),
            NodeFields.Name => new KeysetSortKey("n.name", o.Direction, Nullable: false),
            NodeFields.Status => new KeysetSortKey("n.status", o.Direction, Nullable: false),
            NodeFields.Aliases => throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order)),

            // A text list sorts by its first element (SQLite sorts it by its JSON text; neither is a documented order).
            _ => new KeysetSortKey($"n[{Bind(PropertyKey(o.Field))}][0]", o.Direction, Nullable: true),
        }).ToList();

    public static string KeyList(IReadOnlyList<KeysetSortKey> keys) => "[" + string.Join(", ", keys.Select(k => k.Expression)) + "]";

    private string Filter(NodeFilter filter) => filter switch
    {
        NodeFilter.AllOf all => all.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", all.Filters.Select(Filter)) + ")",
        NodeFilter.AnyOf any => any.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", any.Filters.Select(Filter)) + ")",
        NodeFilter.Negate negate => $"(NOT {Filter(negate.Filter)})",
        NodeFilter.Compare compare => Compare(compare),
        _ => throw new ArgumentException($"unknown filter {filter.GetType().Name}", nameof(filter)),
    };

    // Every comparison is true or false, never null (a node without the field does not match), so NOT behaves as
    // the port documents: any() over an absent field's empty list is false.
    private string Compare(NodeFilter.Compare compare)
    {
        var list = compare.Field switch
        {
            NodeFields.Id => "[n.id]",
            NodeFields.Name => "[n.name]",
            NodeFields.Status => "[n.status]",
            NodeFields.Aliases => "n.aliases",
            _ => $"coalesce(n[{Bind(PropertyKey(compare.Field))}], [])",
        };
        return $"any(e IN {list} WHERE {Condition(compare)})";
    }

    private string Condition(NodeFilter.Compare compare)
    {
        if (compare.Operator == FilterOperator.In)
        {
            if (compare.Value.ValueKind != JsonValueKind.Array)
                throw new ArgumentException($"'{compare.Field}' In needs a list of values", nameof(compare));
            return $"e IN {Bind(compare.Value.EnumerateArray().Select(v => Scalar(compare, v)).ToList())}";
        }

        var value = Bind(Scalar(compare, compare.Value));
        return compare.Operator switch
        {
            FilterOperator.Equal => $"coalesce(e = {value}, false)",

            // toLower fails on a number, so the type test comes first, in a CASE that evaluates one branch only.
            FilterOperator.Contains => $"CASE WHEN e IS :: STRING THEN toLower(e) CONTAINS toLower({value}) ELSE false END",
            FilterOperator.StartsWith => $"CASE WHEN e IS :: STRING THEN toLower(e) STARTS WITH toLower({value}) ELSE false END",
            FilterOperator.GreaterThan => $"coalesce(e > {value}, false)",
            FilterOperator.GreaterThanOrEqual => $"coalesce(e >= {value}, false)",
            FilterOperator.LessThan => $"coalesce(e < {value}, false)",
            FilterOperator.LessThanOrEqual => $"coalesce(e <= {value}, false)",
            _ => throw new ArgumentException($"unknown operator {compare.Operator}", nameof(compare)),
        };
    }

    private static object Scalar(NodeFilter.Compare compare, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ArgumentException($"'{compare.Field}' {compare.Operator} needs a string or number", nameof(compare)),
    };

    private static string PropertyKey(string field) => Neo4jPropertyCopies.Prefix + PropertyFields.Checked(field);

    private string Bind(object? value)
    {
        var name = "p" + _parameters.Count;
        _parameters[name] = value;
        return "$" + name;
    }

    string IKeysetDialect.TrueLiteral => "true";

    string IKeysetDialect.FalseLiteral => "false";

    string IKeysetDialect.Bind(object value) => Bind(value);

    string IKeysetDialect.NullAsFalse(string predicate) => $"coalesce({predicate}, false)";
}
