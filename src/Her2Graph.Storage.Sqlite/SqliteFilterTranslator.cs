using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Sqlite.Rows;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Turns typed conditions, sort keys and aggregates (<see cref="NodeFilter"/>, <see cref="NodeOrder"/>,
/// <see cref="FieldRef"/>) into SQL fragments over a node alias <c>n</c> and, in a traversal, a relationship alias
/// <c>r</c>, or in a relationship listing <c>r</c> and its end nodes <c>a</c> and <c>b</c>, and is the SQLite dialect of the keyset clauses (<see cref="KeysetClauses"/>). Every value becomes a
/// parameter; only field expressions chosen from a closed set, aliases it makes itself, and parameter names are
/// written into the SQL text.
/// </summary>
internal sealed class SqliteFilterTranslator : IKeysetDialect
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private int _aliases;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>The aliases of a relationship listing's row: the relationship and the nodes it starts and ends at.</summary>
    public const string ListedRelationship = "r", FromNode = "a", ToNode = "b";

    private static readonly Aliases ListingAliases = new(null, ListedRelationship, FromNode, ToNode);

    public string Where(NodeKind? kind, NodeFilter? filter) => Where(kind, filter, new Aliases("n", null));

    /// <summary>The condition of a relationship listing's row: its type is one of <paramref name="types"/> (any when empty) and it meets the filter.</summary>
    public string RelationshipWhere(IReadOnlyList<RelationshipType> types, NodeFilter? filter)
    {
        var typeCondition = types.Count == 0 ? "1 = 1" : $"r.type IN (SELECT value FROM json_each({Bind(SqliteWireNames.RelationshipTypesJson(types))}))";
        return filter is null ? typeCondition : $"{typeCondition} AND {Filter(filter, ListingAliases)}";
    }

    /// <summary>The sort keys of a relationship listing.</summary>
    public IReadOnlyList<KeysetSortKey> RelationshipSortKeys(IReadOnlyList<NodeOrder> order) => SortKeys(order, ListingAliases);

    /// <summary>The condition of a traversal edge: its far node is <c>n</c>, the relationship <c>r</c>.</summary>
    public string EdgeWhere(NodeKind? kind, NodeFilter? filter) => Where(kind, filter, new Aliases("n", "r"));

    /// <summary>The condition of an edge whose node and relationship have other aliases.</summary>
    public string Where(NodeKind? kind, NodeFilter? filter, string node, string relationship) => Where(kind, filter, new Aliases(node, relationship));

    public IReadOnlyList<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order) => SortKeys(order, new Aliases("n", null));

    public IReadOnlyList<KeysetSortKey> EdgeSortKeys(IReadOnlyList<NodeOrder> order) => SortKeys(order, new Aliases("n", "r"));

    /// <summary>Adds a parameter and returns its name.</summary>
    public string BindValue(object? value) => Bind(value);

    /// <summary>
    /// The value of a field where it is a number, else NULL: json_type tells a JSON number from a flag, which
    /// json_extract would give as the integer 1 or 0 (only numbers count in a summary, as in Cypher).
    /// </summary>
    public string NumberOf(FieldRef field) => AtEnds(field, (scope, alias) =>
    {
        if (Column(alias, scope, field.Field) is { } column) return $"(CASE WHEN typeof({column}) IN ('integer', 'real') THEN {column} END)";
        var path = Bind(PropertyPath(field.Field));
        return $"(CASE WHEN json_type({alias}.properties, {path}) IN ('integer', 'real') THEN json_extract({alias}.properties, {path}) END)";
    });

    /// <summary>The elements of a field (one for a scalar, each for a list), as a table-valued <c>json_each</c> over the set's aliases.</summary>
    public string ElementsOf(FieldRef field) => field.Field switch
    {
        NodeFields.Aliases when IsNodeScope(field.Scope) => $"json_each({AtEnds(field, (_, alias) => $"{alias}.aliases")})",
        _ when Column("n", field.EndKind is null ? field.Scope : FilterScope.Node, field.Field) is not null
            => $"json_each(json_array({AtEnds(field, (scope, alias) => Column(alias, scope, field.Field)!)}))",
        _ => $"json_each({AtEnds(field, (_, alias) => $"{alias}.properties")}, {Bind(PropertyPath(field.Field))})",
    };

    public static string KeyColumns(IReadOnlyList<KeysetSortKey> keys) =>
        keys.Count == 0 ? "NULL AS k0" : string.Join(", ", keys.Select((k, i) => $"{k.Expression} AS k{i}"));

    private string Where(NodeKind? kind, NodeFilter? filter, Aliases aliases)
    {
        var kindCondition = kind is { } k ? $"{aliases.Of(FilterScope.Node)}.kind = {Bind(k.ToString())}" : "1 = 1";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter, aliases)}";
    }

    private List<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order, Aliases aliases) =>
        order.Select(o =>
        {
            if (o.Counted is { } pattern)
            {
                return o.EndKind is { } end
                    ? new KeysetSortKey(AtEnds(new FieldRef(o.Scope, o.Field, end), (_, alias) => LinkCount(pattern, alias)), o.Direction, Nullable: true)
                    : new KeysetSortKey(LinkCount(pattern, aliases.Of(o.Scope)), o.Direction, Nullable: false);
            }

            if (o.Field == NodeFields.Aliases) throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order));
            if (o.EndKind is { } kind)
            {
                var value = AtEnds(new FieldRef(o.Scope, o.Field, kind), (scope, alias) => Column(alias, scope, o.Field) ?? $"json_extract({alias}.properties, {Bind(PropertyPath(o.Field))})");
                return new KeysetSortKey(value, o.Direction, Nullable: true);
            }

            var alias = aliases.Of(o.Scope);
            return Column(alias, o.Scope, o.Field) is { } column
                ? new KeysetSortKey(column, o.Direction, Nullable: o.Field == RelationshipFields.EvidenceLevel)
                : new KeysetSortKey($"json_extract({alias}.properties, {Bind(PropertyPath(o.Field))})", o.Direction, Nullable: true);
        }).ToList();

    private string Filter(NodeFilter filter, Aliases aliases) => filter switch
    {
        NodeFilter.AllOf all => all.Filters.Count == 0 ? "1" : "(" + string.Join(" AND ", all.Filters.Select(f => Filter(f, aliases))) + ")",
        NodeFilter.AnyOf any => any.Filters.Count == 0 ? "0" : "(" + string.Join(" OR ", any.Filters.Select(f => Filter(f, aliases))) + ")",
        NodeFilter.Negate negate => $"(NOT {Filter(negate.Filter, aliases)})",
        NodeFilter.Compare compare => Compare(compare, aliases),
        NodeFilter.Linked linked => Linked(linked, aliases.Of(linked.Scope)),
        _ => throw new ArgumentException($"unknown filter {filter.GetType().Name}", nameof(filter)),
    };

    // Comparisons never yield NULL (a row without the field does not match), so NOT behaves as the port documents.
    private string Compare(NodeFilter.Compare compare, Aliases aliases)
    {
        var alias = aliases.Of(compare.Scope);
        if (compare.Operator == FilterOperator.IsNull) return IsNull(compare, alias);
        if (Column(alias, compare.Scope, compare.Field) is { } column) return $"COALESCE({Condition(column, compare)}, 0)";

        // json_each yields the elements of a list, or the value itself for a scalar: "any element matches" for free.
        return compare.Field == NodeFields.Aliases && IsNodeScope(compare.Scope)
            ? $"EXISTS (SELECT 1 FROM json_each({alias}.aliases) e WHERE {Condition("e.value", compare)})"
            : $"EXISTS (SELECT 1 FROM json_each({alias}.properties, {Bind(PropertyPath(compare.Field))}) e WHERE {Condition("e.value", compare)})";
    }

    private string IsNull(NodeFilter.Compare compare, string alias)
    {
        var missing = compare.Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ArgumentException($"'{compare.Field}' IsNull needs true or false", nameof(compare)),
        };
        var present = Column(alias, compare.Scope, compare.Field) is { } column
            ? $"{column} IS NOT NULL"
            : compare.Field == NodeFields.Aliases && IsNodeScope(compare.Scope)
                ? $"json_array_length({alias}.aliases) > 0"
                : $"COALESCE(json_type({alias}.properties, {Bind(PropertyPath(compare.Field))}), 'null') <> 'null'";
        return missing ? $"(NOT ({present}))" : $"({present})";
    }

    /// <summary>A count of links compared as the filter says; "some" and "none" are EXISTS so SQLite stops at the first link.</summary>
    private string Linked(NodeFilter.Linked linked, string node)
    {
        var (op, count) = (linked.Operator, linked.Count);
        if (linked.MeansSome)
            return $"EXISTS ({Links(linked.Pattern, node, "1")})";
        if (linked.MeansNone)
            return $"NOT EXISTS ({Links(linked.Pattern, node, "1")})";
        var symbol = op switch
        {
            FilterOperator.Equal => "=",
            FilterOperator.GreaterThan => ">",
            FilterOperator.GreaterThanOrEqual => ">=",
            FilterOperator.LessThan => "<",
            FilterOperator.LessThanOrEqual => "<=",
            _ => throw new ArgumentException($"a count cannot be compared with {op}", nameof(linked)),
        };
        return $"({LinkCount(linked.Pattern, node)} {symbol} {Bind(count)})";
    }

    private string LinkCount(LinkPattern pattern, string node) => $"(SELECT COUNT(*) FROM ({Links(pattern, node, "1")}))";

    /// <summary>
    /// The links of <paramref name="node"/> that fit the pattern, each direction a SELECT of its own so each uses its
    /// index (relationships by from_id, by to_id), with fresh aliases so a nested pattern never captures an outer one.
    /// CROSS JOIN keeps the relationship outer: without it the planner may start from every node of the target kind
    /// (its index on kind looks selective to a planner without statistics), a cost that grows with the graph.
    /// </summary>
    private string Links(LinkPattern pattern, string node, string select)
    {
        var index = ++_aliases;
        var (r, n) = ($"r{index}", $"n{index}");
        var types = pattern.Types.Count == 0 ? "1" : $"{r}.type IN (SELECT value FROM json_each({Bind(SqliteWireNames.RelationshipTypesJson(pattern.Types))}))";
        var where = Where(pattern.Target, pattern.Where, new Aliases(n, r));
        var parts = new List<string>();
        if (pattern.Direction is Direction.Outgoing or Direction.Both)
            parts.Add($"SELECT {select} FROM relationships {r} CROSS JOIN nodes {n} ON {n}.id = {r}.to_id WHERE {r}.from_id = {node}.id AND {types} AND {where}");
        if (pattern.Direction is Direction.Incoming or Direction.Both)
            parts.Add($"SELECT {select} FROM relationships {r} CROSS JOIN nodes {n} ON {n}.id = {r}.from_id WHERE {r}.to_id = {node}.id AND {types} AND {where}");
        return string.Join(" UNION ALL ", parts);
    }

    /// <summary>
    /// A field's expression over the set's aliases (<c>n</c>, <c>r</c>, or a listing's <c>a</c>, <c>b</c>); for the end of
    /// a kind, the start's value when the start is of the kind, else the end's when it is, else NULL.
    /// </summary>
    private string AtEnds(FieldRef field, Func<FilterScope, string, string> expression)
    {
        if (field.EndKind is not { } kind)
        {
            var alias = field.Scope switch { FilterScope.Relationship => "r", FilterScope.From => FromNode, FilterScope.To => ToNode, _ => "n" };
            return expression(field.Scope, alias);
        }

        var k = Bind(kind.ToString());
        return $"(CASE WHEN {FromNode}.kind = {k} THEN {expression(FilterScope.From, FromNode)} WHEN {ToNode}.kind = {k} THEN {expression(FilterScope.To, ToNode)} END)";
    }

    private static bool IsNodeScope(FilterScope scope) => scope is FilterScope.Node or FilterScope.From or FilterScope.To;

    /// <summary>A field stored in its own column: a node's id, name, status and kind, the relationship's status, type and evidence level.</summary>
    private static string? Column(string alias, FilterScope scope, string field) => (IsNodeScope(scope), scope, field) switch
    {
        (true, _, NodeFields.Id) => $"{alias}.id",
        (true, _, NodeFields.Name) => $"{alias}.name",
        (true, _, NodeFields.Status) => $"{alias}.status",
        (true, _, NodeFields.Kind) => $"{alias}.kind",
        (_, FilterScope.Relationship, RelationshipFields.Status) => $"{alias}.status",
        (_, FilterScope.Relationship, RelationshipFields.Type) => $"{alias}.type",
        (_, FilterScope.Relationship, RelationshipFields.EvidenceLevel) => $"{alias}.evidence_level",
        _ => null,
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

    /// <summary>The aliases a condition refers to: the node's and, on an edge, the relationship's; in a relationship listing, the relationship's and its ends'.</summary>
    private readonly record struct Aliases(string? Node, string? Relationship, string? From = null, string? To = null)
    {
        public string Of(FilterScope scope) => scope switch
        {
            FilterScope.Node => Node ?? throw new ArgumentException("a relationship listing has no node of its own: name the from or to end"),
            FilterScope.Relationship => Relationship ?? throw new ArgumentException("a relationship field is only known on a traversal edge or in a relationship listing"),
            FilterScope.From => From ?? throw new ArgumentException("an end node's field is only known in a relationship listing"),
            _ => To ?? throw new ArgumentException("an end node's field is only known in a relationship listing"),
        };
    }
}
