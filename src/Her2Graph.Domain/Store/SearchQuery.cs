using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>A full-text search.</summary>
/// <param name="Text">Words to find; each word matches as a prefix (T-DX finds T-DXd), punctuation is ignored.</param>
/// <param name="Kinds">Only these kinds; null or empty searches all.</param>
/// <param name="First">How many hits at most.</param>
public sealed record SearchQuery(string Text, IReadOnlyCollection<NodeKind>? Kinds, int First);
