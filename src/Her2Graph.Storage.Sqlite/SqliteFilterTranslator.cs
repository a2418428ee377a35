using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Turns a typed listing (kind, <see cref="NodeFilter"/>, <see cref="NodeOrder"/>, keyset cursors) into the SQL
/// fragments of <see cref="SqliteStatements.ListNodes"/>. Every value becomes a parameter; only field expressions
/// chosen from a closed set, and parameter names, are written into the SQL text.
/// </summary>
internal sealed class SqliteFilterTranslator
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Where(NodeKind? kind, NodeFilter? filter)
    {
        var kindCondition = kind is { } k ? $"n.kind = {Bind(k.ToString())}" : "1 = 1";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter)}";
    }

    public IReadOnlyList<SortKey> SortKeys(IReadOnlyList<NodeOrder> order) =>
        order.Select(o => o.Field switch
        {
            NodeFields.Id => new SortKey("n.id", o.Direction, Nullable: false),
            NodeFields.Name => new SortKey("n.name", o.Direction, Nullable: false),
            NodeFields.Status => new SortKey("n.status", o.Direction, Nullable: false),
            NodeFields.Aliases => throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order)),
            _ => new SortKey($"json_extract(n.properties, {Bind(PropertyPath(o.Field))})", o.Direction, Nullable: true),
        }).ToList();

    /// <summary>ORDER BY text; <paramref name="reverse"/> walks the same order backwards (for <c>last</c>/<c>before</c>).</summary>
    public static string OrderBy(IReadOnlyList<SortKey> keys, bool reverse)
    {
        var terms = new List<string>();
        foreach (var key in keys)
        {
            // Missing values sort after present ones in both directions, so the null flag ignores the key direction.
            if (key.Nullable) terms.Add($"({key.Expression} IS NULL) {(reverse ? "DESC" : "ASC")}");
            terms.Add($"{key.Expression} {((key.Direction == SortDirection.Descending) ^ reverse ? "DESC" : "ASC")}");
        }

        terms.Add($"n.id {(reverse ? "DESC" : "ASC")}");
        return string.Join(", ", terms);
    }

    public static string KeyColumns(IReadOnlyList<SortKey> keys) =>
        keys.Count == 0 ? "NULL AS k0" : string.Join(", ", keys.Select((k, i) => $"{k.Expression} AS k{i}"));

    /// <summary>True for nodes strictly after the cursor in the listing order ("1" without a cursor).</summary>
    public string After(KeysetCursor? cursor, IReadOnlyList<SortKey> keys) => Beyond(cursor, keys, after: true);

    /// <summary>True for nodes strictly before the cursor in the listing order ("1" without a cursor).</summary>
    public string Before(KeysetCursor? cursor, IReadOnlyList<SortKey> keys) => Beyond(cursor, keys, after: false);

    private string Beyond(KeysetCursor? cursor, IReadOnlyList<SortKey> keys, bool after)
    {
        if (cursor is null) return "1";

        // Lexicographic comparison on (key1, ..., keyN, id), built from the last key outwards.
        var predicate = $"n.id {(after ? ">" : "<")} {Bind(cursor.Id)}";
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i];
            var value = KeysetCursorValues.Read(cursor, i, key.Nullable);
            var expression = key.Expression;
            string strictly, equal;
            if (value is null)
            {
                // The cursor node lacks the value: only other nodes without it tie; present values all come before.
                strictly = after ? "0" : $"{expression} IS NOT NULL";
                equal = $"{expression} IS NULL";
            }
            else
            {
                var parameter = Bind(value);
                var greater = (key.Direction == SortDirection.Ascending) == after;
                strictly = $"{expression} {(greater ? ">" : "<")} {parameter}";
                if (after && key.Nullable) strictly = $"({strictly} OR {expression} IS NULL)";
                equal = $"{expression} = {parameter}";
            }

            predicate = $"({strictly} OR ({equal} AND {predicate}))";
        }

        // A NULL comparison must read as false, also under the NOT the statement puts around this predicate.
        return $"COALESCE({predicate}, 0)";
    }

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

    /// <summary>One ORDER BY key: its SQL expression, direction, and whether nodes may lack it.</summary>
    internal sealed record SortKey(string Expression, SortDirection Direction, bool Nullable);
}
