using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Finds the kinds of nodes a batch refers to but does not contain (relationship ends already in a store). Called at
/// most once per validation, with every such id; ids that do not exist are absent from the result.
/// </summary>
public delegate Task<IReadOnlyDictionary<string, NodeKind>> ExistingNodeLookup(
    IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
