using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>
/// Turns typed conditions, sort keys and aggregates (<see cref="NodeFilter"/>, <see cref="NodeOrder"/>,
/// <see cref="FieldRef"/>) into Cypher fragments over a node variable (<c>n</c> in a listing) and, on a traversal
/// edge, a relationship variable, and is the Cypher dialect of the keyset clauses (<see cref="KeysetClauses"/>).
/// Every value and every property name becomes a parameter (<c>n[$p1]</c> reads a property by a bound name); only
/// expressions from a closed set, variables it makes itself and relationship types from the closed
/// <see cref="RelationshipType"/> enum are written into the text. Every property is compared as a list
/// (<see cref="Neo4jPropertyCopies"/>, on nodes and relationships alike), so "any element matches" is one form.
/// </summary>
internal sealed class Neo4jFilterTranslator : IKeysetDialect
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private int _variables;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Where(NodeKind? kind, NodeFilter? filter) => Where(kind, filter, new Variables("n", null));

    /// <summary>The condition of a traversal edge whose far node is <paramref name="node"/> and relationship <paramref name="relationship"/>.</summary>
    public string EdgeWhere(NodeKind? kind, NodeFilter? filter, string node, string relationship) => Where(kind, filter, new Variables(node, relationship));

    public IReadOnlyList<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order) => SortKeys(order, new Variables("n", null));

    public IReadOnlyList<KeysetSortKey> EdgeSortKeys(IReadOnlyList<NodeOrder> order, string node, string relationship) =>
        SortKeys(order, new Variables(node, relationship));

    public static string KeyList(IReadOnlyList<KeysetSortKey> keys) => "[" + string.Join(", ", keys.Select(k => k.Expression)) + "]";

    /// <summary>Adds a parameter and returns the text that refers to it (<c>$p3</c>).</summary>
    public string Bind(object? value)
    {
        var name = "p" + _parameters.Count;
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>The relationship part of a pattern for these types: <c>:A|B</c>, or nothing for every type.</summary>
    public static string TypeLabel(IReadOnlyCollection<RelationshipType> types) =>
        types.Count == 0 ? string.Empty : ":" + string.Join('|', types.Select(t => t.ToWireName()));

    /// <summary>
    /// A path pattern from <paramref name="from"/> along one relationship of the pattern's types and direction to a
    /// graph node: <c>(s)-[r:A|B]-&gt;(m:GraphNode)</c>.
    /// </summary>
    public static string Step(string from, LinkPattern pattern, string relationship, string to) => pattern.Direction switch
    {
        Direction.Outgoing => $"({from})-[{relationship}{TypeLabel(pattern.Types)}]->({to}:GraphNode)",
        Direction.Incoming => $"({from})<-[{relationship}{TypeLabel(pattern.Types)}]-({to}:GraphNode)",
        _ => $"({from})-[{relationship}{TypeLabel(pattern.Types)}]-({to}:GraphNode)",
    };

    /// <summary>
    /// The number a field of an edge (or of a node, without <paramref name="relationship"/>) holds, else null: a
    /// property's list copy gives its first element, which counts only when it is an integer or a float.
    /// </summary>
    public string NumberOf(FieldRef field, string node, string? relationship)
    {
        var value = Scalar(field, new Variables(node, relationship));
        return $"CASE WHEN {value} IS :: INTEGER OR {value} IS :: FLOAT THEN {value} END";
    }

    /// <summary>The values of a field of an edge as a list: one for a scalar, each element for a text list, none when missing.</summary>
    public string ElementsOf(FieldRef field, string node, string? relationship) => List(field.Field, field.Scope, new Variables(node, relationship));

    private string Where(NodeKind? kind, NodeFilter? filter, Variables variables)
    {
        var kindCondition = kind is { } k ? $"{variables.Node}.kind = {Bind(k.ToString())}" : "true";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter, variables)}";
    }

    private List<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order, Variables variables) =>
        order.Select(o =>
        {
            if (o.Counted is { } pattern) return new KeysetSortKey(LinkCount(pattern, variables.Node), o.Direction, Nullable: false);
            if (o.Field == NodeFields.Aliases && o.Scope == FilterScope.Node)
                throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order));

            // A text list sorts by its first element (SQLite sorts it by its JSON text; neither is a documented order).
            var nullable = Column(o.Field, o.Scope, variables) is null || (o.Scope == FilterScope.Relationship && o.Field == RelationshipFields.EvidenceLevel);
            return new KeysetSortKey(Scalar(new FieldRef(o.Scope, o.Field), variables), o.Direction, nullable);
        }).ToList();

    private string Filter(NodeFilter filter, Variables variables) => filter switch
    {
        NodeFilter.AllOf all => all.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", all.Filters.Select(f => Filter(f, variables))) + ")",
        NodeFilter.AnyOf any => any.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", any.Filters.Select(f => Filter(f, variables))) + ")",
        NodeFilter.Negate negate => $"(NOT {Filter(negate.Filter, variables)})",
        NodeFilter.Compare compare => Compare(compare, variables),
        NodeFilter.Linked linked => Linked(linked, variables.Node),
        _ => throw new ArgumentException($"unknown filter {filter.GetType().Name}", nameof(filter)),
    };

    // Every comparison is true or false, never null (a node without the field does not match), so NOT behaves as
    // the port documents: any() over an absent field's empty list is false.
    private string Compare(NodeFilter.Compare compare, Variables variables)
    {
        if (compare.Operator == FilterOperator.IsNull) return IsNull(compare, variables);
        return $"any(e IN {List(compare.Field, compare.Scope, variables)} WHERE {Condition(compare)})";
    }

    private string IsNull(NodeFilter.Compare compare, Variables variables)
    {
        var missing = compare.Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ArgumentException($"'{compare.Field}' IsNull needs true or false", nameof(compare)),
        };
        var present = compare.Field == NodeFields.Aliases && compare.Scope == FilterScope.Node
            ? $"size(coalesce({variables.Node}.aliases, [])) > 0"
            : $"{Column(compare.Field, compare.Scope, variables) ?? Property(compare.Field, compare.Scope, variables)} IS NOT NULL";
        return missing ? $"(NOT ({present}))" : $"({present})";
    }

    /// <summary>A count of links compared as the filter says; "some" and "none" are EXISTS so Neo4j stops at the first link.</summary>
    private string Linked(NodeFilter.Linked linked, string node)
    {
        var (op, count) = (linked.Operator, linked.Count);
        if (linked.MeansSome)
            return $"EXISTS {{ {Links(linked.Pattern, node)} }}";
        if (linked.MeansNone)
            return $"(NOT EXISTS {{ {Links(linked.Pattern, node)} }})";
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

    private string LinkCount(LinkPattern pattern, string node) => $"COUNT {{ {Links(pattern, node)} }}";

    /// <summary>The links of <paramref name="node"/> that fit the pattern, with fresh variables so a nested pattern never captures an outer one.</summary>
    private string Links(LinkPattern pattern, string node)
    {
        var index = ++_variables;
        var (r, n) = ($"r{index}", $"n{index}");
        return $"MATCH {Step(node, pattern, r, n)} WHERE {Where(pattern.Target, pattern.Where, new Variables(n, r))}";
    }

    /// <summary>A field stored as its own Neo4j property or computed: the node's id, name, status and kind; the relationship's status, type and evidence level.</summary>
    private static string? Column(string field, FilterScope scope, Variables variables) => (scope, field) switch
    {
        (FilterScope.Node, NodeFields.Id) => $"{variables.Node}.id",
        (FilterScope.Node, NodeFields.Name) => $"{variables.Node}.name",
        (FilterScope.Node, NodeFields.Status) => $"{variables.Node}.status",
        (FilterScope.Node, NodeFields.Kind) => $"{variables.Node}.kind",
        (FilterScope.Relationship, RelationshipFields.Status) => $"{variables.Of(scope)}.status",
        (FilterScope.Relationship, RelationshipFields.Type) => $"type({variables.Of(scope)})",
        (FilterScope.Relationship, RelationshipFields.EvidenceLevel) => $"{variables.Of(scope)}.evidenceLevel",
        _ => null,
    };

    /// <summary>A property's list copy (null when the entity lacks it).</summary>
    private string Property(string field, FilterScope scope, Variables variables) =>
        $"{variables.Of(scope)}[{Bind(Neo4jPropertyCopies.Prefix + PropertyFields.Checked(field))}]";

    /// <summary>One value of a field: the column itself, or a property copy's first element.</summary>
    private string Scalar(FieldRef field, Variables variables) =>
        field.Field == NodeFields.Aliases && field.Scope == FilterScope.Node
            ? throw new ArgumentException("aliases are a list, not one value", nameof(field))
            : Column(field.Field, field.Scope, variables) ?? $"{Property(field.Field, field.Scope, variables)}[0]";

    /// <summary>Every value of a field as a list; an evidence level that is not recorded is an empty list, not a list holding null.</summary>
    private string List(string field, FilterScope scope, Variables variables) => (scope, field) switch
    {
        (FilterScope.Node, NodeFields.Aliases) => $"coalesce({variables.Node}.aliases, [])",
        (FilterScope.Relationship, RelationshipFields.EvidenceLevel) => $"[level IN [{variables.Of(scope)}.evidenceLevel] WHERE level IS NOT NULL]",
        _ when Column(field, scope, variables) is { } column => $"[{column}]",
        _ => $"coalesce({Property(field, scope, variables)}, [])",
    };

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
            FilterOperator.Contains => $"CASE WHEN e IS :: STRING NOT NULL THEN toLower(e) CONTAINS toLower({value}) ELSE false END",
            FilterOperator.StartsWith => $"CASE WHEN e IS :: STRING NOT NULL THEN toLower(e) STARTS WITH toLower({value}) ELSE false END",
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

    string IKeysetDialect.TrueLiteral => "true";

    string IKeysetDialect.FalseLiteral => "false";

    string IKeysetDialect.Bind(object value) => Bind(value);

    string IKeysetDialect.NullAsFalse(string predicate) => $"coalesce({predicate}, false)";

    /// <summary>The variables a condition refers to: the node's and, on an edge, the relationship's.</summary>
    private readonly record struct Variables(string Node, string? Relationship)
    {
        public string Of(FilterScope scope) => scope == FilterScope.Node
            ? Node
            : Relationship ?? throw new ArgumentException("a relationship field is only known on a traversal edge");
    }
}
