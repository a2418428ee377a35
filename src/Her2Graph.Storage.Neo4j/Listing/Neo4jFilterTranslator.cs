using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>
/// Turns typed conditions, sort keys and aggregates (<see cref="NodeFilter"/>, <see cref="NodeOrder"/>,
/// <see cref="FieldRef"/>) into Cypher fragments over a node variable (<c>n</c> in a listing) and, on a traversal
/// edge, a relationship variable, or in a relationship listing <c>r</c> and its end nodes <c>a</c> and <c>b</c>, and is the Cypher dialect of the keyset clauses (<see cref="KeysetClauses"/>).
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

    /// <summary>The variables of a relationship listing's row: the relationship and the nodes it starts and ends at.</summary>
    public const string ListedRelationship = "r", FromNode = "a", ToNode = "b";

    private static readonly Variables ListingVariables = new(null, ListedRelationship, FromNode, ToNode);

    public string Where(NodeKind? kind, NodeFilter? filter) => Where(kind, filter, new Variables("n", null));

    /// <summary>The condition of a relationship listing's row (its types are in the MATCH pattern).</summary>
    public string RelationshipWhere(NodeFilter? filter) => filter is null ? "true" : Filter(filter, ListingVariables);

    /// <summary>The sort keys of a relationship listing.</summary>
    public IReadOnlyList<KeysetSortKey> RelationshipSortKeys(IReadOnlyList<NodeOrder> order) => SortKeys(order, ListingVariables);

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
    public string NumberOf(FieldRef field, string node, string? relationship) => NumberOf(field, new Variables(node, relationship));

    /// <summary>The number a field of a relationship listing's row holds, else null.</summary>
    public string ListingNumberOf(FieldRef field) => NumberOf(field, ListingVariables);

    /// <summary>The values of a field of an edge as a list: one for a scalar, each element for a text list, none when missing.</summary>
    public string ElementsOf(FieldRef field, string node, string? relationship) => ElementsOf(field, new Variables(node, relationship));

    /// <summary>The values of a field of a relationship listing's row as a list.</summary>
    public string ListingElementsOf(FieldRef field) => ElementsOf(field, ListingVariables);

    private string NumberOf(FieldRef field, Variables variables) => AtEnds(field, variables, (scope, v) =>
    {
        var value = Scalar(new FieldRef(scope, field.Field), v);
        return $"CASE WHEN {value} IS :: INTEGER OR {value} IS :: FLOAT THEN {value} END";
    }, "null");

    private string ElementsOf(FieldRef field, Variables variables) => AtEnds(field, variables, (scope, v) => List(field.Field, scope, v), "[]");

    /// <summary>
    /// A field's expression; for the end of a kind in a relationship listing, the start's when the start is of the
    /// kind, else the end's when it is, else <paramref name="none"/>.
    /// </summary>
    private string AtEnds(FieldRef field, Variables variables, Func<FilterScope, Variables, string> expression, string none)
    {
        if (field.EndKind is not { } kind) return expression(field.Scope, variables);
        var k = Bind(kind.ToString());
        return $"CASE WHEN {variables.Of(FilterScope.From)}.kind = {k} THEN {expression(FilterScope.From, variables)} "
            + $"WHEN {variables.Of(FilterScope.To)}.kind = {k} THEN {expression(FilterScope.To, variables)} ELSE {none} END";
    }

    private static bool IsNodeScope(FilterScope scope) => scope is FilterScope.Node or FilterScope.From or FilterScope.To;

    private string Where(NodeKind? kind, NodeFilter? filter, Variables variables)
    {
        var kindCondition = kind is { } k ? $"{variables.Of(FilterScope.Node)}.kind = {Bind(k.ToString())}" : "true";
        return filter is null ? kindCondition : $"{kindCondition} AND {Filter(filter, variables)}";
    }

    private List<KeysetSortKey> SortKeys(IReadOnlyList<NodeOrder> order, Variables variables) =>
        order.Select(o =>
        {
            if (o.Counted is { } pattern)
            {
                return o.EndKind is null
                    ? new KeysetSortKey(LinkCount(pattern, variables.Of(o.Scope)), o.Direction, Nullable: false)
                    : new KeysetSortKey(AtEnds(new FieldRef(o.Scope, o.Field, o.EndKind), variables, (scope, v) => LinkCount(pattern, v.Of(scope)), "null"), o.Direction, Nullable: true);
            }

            if (o.Field == NodeFields.Aliases && IsNodeScope(o.Scope))
                throw new ArgumentException("nodes cannot be ordered by aliases, a list", nameof(order));
            if (o.EndKind is not null)
                return new KeysetSortKey(AtEnds(new FieldRef(o.Scope, o.Field, o.EndKind), variables, (scope, v) => Scalar(new FieldRef(scope, o.Field), v), "null"), o.Direction, Nullable: true);

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
        NodeFilter.Linked linked => Linked(linked, variables.Of(linked.Scope)),
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
        var present = compare.Field == NodeFields.Aliases && IsNodeScope(compare.Scope)
            ? $"size(coalesce({variables.Of(compare.Scope)}.aliases, [])) > 0"
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
    private static string? Column(string field, FilterScope scope, Variables variables) => (IsNodeScope(scope), scope, field) switch
    {
        (true, _, NodeFields.Id) => $"{variables.Of(scope)}.id",
        (true, _, NodeFields.Name) => $"{variables.Of(scope)}.name",
        (true, _, NodeFields.Status) => $"{variables.Of(scope)}.status",
        (true, _, NodeFields.Kind) => $"{variables.Of(scope)}.kind",
        (_, FilterScope.Relationship, RelationshipFields.Status) => $"{variables.Of(scope)}.status",
        (_, FilterScope.Relationship, RelationshipFields.Type) => $"type({variables.Of(scope)})",
        (_, FilterScope.Relationship, RelationshipFields.EvidenceLevel) => $"{variables.Of(scope)}.evidenceLevel",
        _ => null,
    };

    /// <summary>A property's list copy (null when the entity lacks it).</summary>
    private string Property(string field, FilterScope scope, Variables variables) =>
        $"{variables.Of(scope)}[{Bind(Neo4jPropertyCopies.Prefix + PropertyFields.Checked(field))}]";

    /// <summary>One value of a field: the column itself, or a property copy's first element.</summary>
    private string Scalar(FieldRef field, Variables variables) =>
        field.Field == NodeFields.Aliases && IsNodeScope(field.Scope)
            ? throw new ArgumentException("aliases are a list, not one value", nameof(field))
            : Column(field.Field, field.Scope, variables) ?? $"{Property(field.Field, field.Scope, variables)}[0]";

    /// <summary>Every value of a field as a list; an evidence level that is not recorded is an empty list, not a list holding null.</summary>
    private string List(string field, FilterScope scope, Variables variables) => (scope, field) switch
    {
        (FilterScope.Node or FilterScope.From or FilterScope.To, NodeFields.Aliases) => $"coalesce({variables.Of(scope)}.aliases, [])",
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

    /// <summary>The variables a condition refers to: the node's and, on an edge, the relationship's; in a relationship listing, the relationship's and its ends'.</summary>
    private readonly record struct Variables(string? Node, string? Relationship, string? From = null, string? To = null)
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
