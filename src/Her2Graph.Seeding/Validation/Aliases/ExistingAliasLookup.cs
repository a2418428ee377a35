using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Aliases;

/// <summary>
/// Finds the nodes outside a batch (in a store) that hold any of the keys: an id, name or alias of the key's kind
/// that reads the same once case and punctuation are ignored. Called at most once per validation, with every key of
/// the batch's nodes; it may return more nodes than match (the validator compares the keys itself).
/// </summary>
public delegate Task<IReadOnlyList<GraphNode>> ExistingAliasLookup(IReadOnlyCollection<NameKey> keys, CancellationToken cancellationToken);
