using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Turns a typed listing (kind, <see cref="NodeFilter"/>, <see cref="NodeOrder"/>, keyset cursors) into the SQL
/// fragments of <see cref="SqliteStatements.ListNodes"/>, and is the SQLite dialect of the keyset clauses
/// (<see cref="KeysetClauses"/>). Every value becomes a parameter; only field expressions
/// chosen from a closed set, and parameter names, are written into the SQL text.
/// </summary>
internal sealed class SqliteFilterTranslator : IKeysetDialect
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Where(NodeKind? kind, NodeFilter? filter)
    {
        var kindCondition = kind is { } k ? $"n.kind = {Bind(k.ToString())}" : "1 = 1";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter)}";
    }

    public IReadOnlyList<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order) =>
        order.Select(o => o.Field switch
        {
            NodeFields.Id => new KeysetSortKey("n.id", o.Direction, Nullable: false),
            NodeFields.Name => new KeysetSortKey("n.name", o.Direction, Nullable: false),
            NodeFields.Status => new KeysetSortKey("n.status", o.Direction, Nullable: false),
            NodeFields.Aliases => throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order)),
            _ => new KeysetSortKey($"json_extract(n.properties, {Bind(PropertyPath(o.Field))})", o.Direction, Nullable: true),
        }).ToList();

    public static string KeyColumns(IReadOnlyList<KeysetSortKey> keys) =>
        keys.Count == 0 ? "NULL AS k0" : string.Join(", ", keys.Select((k, i) => $"{k.Expression} AS k{i}"));

    private string Filter(NodeFilter filter) => filter switch
    {
        NodeFilter.AllOf all => all.Filters.Count == 0 ? "1" : "(" + string.Join(" AND ", all.Filters.Select(Filter)) + ")",
        NodeFilter.AnyOf any => any.Filters.Count == 0 ? "0" : "(" + string.Join(" OR ", any.Filters.Select(Filter)) + ")",
        NodeFilter.Negate negate => $"(NOT {Filter(negate.Filter)})",
        NodeFilter.Compare compare => Compare(compare),
        _ => throw new ArgumentException($"unknown filter {filter.GetType().Name}", nameof(filter)),
    };

    // Comparisons never yield NULL (a node without the field does not match), so NOT behaves as the port documents.
    private string Compare(NodeFilter.Compare compare) => compare.Field switch
    {
        NodeFields.Id => $"COALESCE({Condition("n.id", compare)}, 0)",
        NodeFields.Name => $"COALESCE({Condition("n.name", compare)}, 0)",
        NodeFields.Status => $"COALESCE({Condition("n.status", compare)}, 0)",

        // json_each yields the elements of a list, or the value itself for a scalar: "any element matches" for free.
        NodeFields.Aliases => $"EXISTS (SELECT 1 FROM json_each(n.aliases) e WHERE {Condition("e.value", compare)})",
        _ => $"EXISTS (SELECT 1 FROM json_each(n.properties, {Bind(PropertyPath(compare.Field))}) e WHERE {Condition("e.value", compare)})",
    };

    private string Condition(string expression, NodeFilter.Compare compare)
    {
        if (compare.Operator == FilterOperator.In)
        {
            if (compare.Value.ValueKind != JsonValueKind.Array)
                throw new ArgumentException($"'{compare.Field}' In needs a list of values", nameof(compare));
            return $"{expression} IN (SELECT value FROM json_each({Bind(compare.Value.GetRawText())}))";
        }

        // REVIEW: SQLite's lower() folds ASCII only; names and codes in this graph are ASCII. Registering a .NET
        // function would fold all of Unicode but tie the statements to this process.
        var value = Bind(Scalar(compare));
        return compare.Operator switch
        {
            FilterOperator.Equal => $"{expression} = {value}",
            FilterOperator.Contains => $"(typeof({expression}) = 'text' AND instr(lower({expression}), lower({value})) > 0)",
            FilterOperator.StartsWith => $"(typeof({expression}) = 'text' AND substr(lower({expression}), 1, length({value})) = lower({value}))",
            FilterOperator.GreaterThan => $"{expression} > {value}",
            FilterOperator.GreaterThanOrEqual => $"{expression} >= {value}",
            FilterOperator.LessThan => $"{expression} < {value}",
            FilterOperator.LessThanOrEqual => $"{expression} <= {value}",
            _ => throw new ArgumentException($"unknown operator {compare.Operator}", nameof(compare)),
        };
    }

    private static object? Scalar(NodeFilter.Compare compare) => compare.Value.ValueKind switch
    {
        JsonValueKind.String => compare.Value.GetString(),
        JsonValueKind.Number when compare.Value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => compare.Value.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        _ => throw new ArgumentException($"'{compare.Field}' {compare.Operator} needs a string or number", nameof(compare)),
    };

    private static string PropertyPath(string field) => $"$.\"{PropertyFields.Checked(field)}\"";

    private string Bind(object? value)
    {
        var name = "$p" + _parameters.Count;
        _parameters[name] = value;
        return name;
    }

    string IKeysetDialect.TrueLiteral => "1";

    string IKeysetDialect.FalseLiteral => "0";

    string IKeysetDialect.Bind(object value) => Bind(value);

    string IKeysetDialect.NullAsFalse(string predicate) => $"COALESCE({predicate}, 0)";
}
