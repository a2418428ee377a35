using System.Text.Json;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A condition on nodes, or in a traversal on an edge: the relationship walked (<see cref="FilterScope.Relationship"/>)
/// and the node reached (<see cref="FilterScope.Node"/>). String <see cref="FilterOperator.Contains"/> and <see cref="FilterOperator.StartsWith"/>
/// ignore case; <see cref="FilterOperator.Equal"/> and <see cref="FilterOperator.In"/> compare exactly. On a list
/// (aliases, a text-list property) a comparison holds when it holds for any element. A node without the field
/// never matches a comparison (but does match its <see cref="Negate"/>).
/// </summary>
public abstract record NodeFilter
{
    private NodeFilter()
    {
    }

    /// <summary>All of the conditions hold.</summary>
    public sealed record AllOf(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    /// <summary>At least one of the conditions holds.</summary>
    public sealed record AnyOf(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    /// <summary>The condition does not hold.</summary>
    public sealed record Negate(NodeFilter Filter) : NodeFilter;

    /// <summary>
    /// Compares a field with a value: a JSON string or number, or for <see cref="FilterOperator.In"/> a JSON array of them.
    /// Numeric operators compare numbers numerically and strings ordinally.
    /// </summary>
    /// <param name="Scope">
    /// Whose field: the node's, or in a traversal the relationship's (its properties, <c>status</c>); in a relationship
    /// listing the relationship's or an end node's (<see cref="FilterScope.From"/>, <see cref="FilterScope.To"/>).
    /// </param>
    public sealed record Compare(string Field, FilterOperator Operator, JsonElement Value, FilterScope Scope = FilterScope.Node) : NodeFilter;

    /// <summary>
    /// Counts the node's relationships that fit <paramref name="Pattern"/> and compares the count with
    /// <paramref name="Count"/>: "at least one FDA approval" is (approvals of agency FDA) ≥ 1, "none" is = 0.
    /// </summary>
    /// <param name="Scope">Whose relationships: the node's, or in a relationship listing an end node's (never the relationship's).</param>
    public sealed record Linked(LinkPattern Pattern, FilterOperator Operator, long Count, FilterScope Scope = FilterScope.Node) : NodeFilter
    {
        /// <summary>The comparison says "at least one": a store can stop at the first link (EXISTS) instead of counting.</summary>
        public bool MeansSome => (Operator == FilterOperator.GreaterThanOrEqual && Count == 1) || (Operator == FilterOperator.GreaterThan && Count == 0);

        /// <summary>The comparison says "none": NOT EXISTS.</summary>
        public bool MeansNone =>
            (Operator == FilterOperator.Equal && Count == 0) || (Operator == FilterOperator.LessThan && Count == 1) || (Operator == FilterOperator.LessThanOrEqual && Count == 0);
    }
}
