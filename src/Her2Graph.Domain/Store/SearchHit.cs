using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A search result. Hits are ordered by <see cref="Score"/> descending (exact name or alias matches first, then
/// matches in names, aliases, then other text), ties by name then id.
/// </summary>
/// <param name="Node">The node found.</param>
/// <param name="Score">Relevance; higher is better; comparable within one search only.</param>
/// <param name="MatchedField">Where the best match was: name, alias, or a property name.</param>
public sealed record SearchHit(GraphNode Node, double Score, string MatchedField);
