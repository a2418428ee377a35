using System.Text.Json;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A condition on nodes. String <see cref="FilterOperator.Contains"/> and <see cref="FilterOperator.StartsWith"/>
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
    public sealed record Compare(string Field, FilterOperator Operator, JsonElement Value) : NodeFilter;
}
