using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Validation.Aliases;
using Her2Graph.Seeding.Validation.Consistency;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// What a validation looks up outside its batch: relationship ends and referenced nodes, names other nodes of a kind
/// already hold (DUPLICATE_ALIAS), and the relationships around the batch the consistency rules read.
/// </summary>
public sealed record StoreLookups(ExistingNodeLookup Nodes, ExistingAliasLookup Aliases, ExistingRelationshipLookup Relationships)
{
    /// <summary>The batch is the whole graph (a seed folder): every rule is judged on it alone.</summary>
    public static StoreLookups None { get; } = new(ExistingNodes.None, ExistingAliases.None, ExistingRelationships.None);

    /// <summary>The batch is written into a store (a mutation): each rule is judged on the batch and the graph around it.</summary>
    public static StoreLookups In(IGraphStore store) => new(ExistingNodes.In(store), ExistingAliases.In(store), ExistingRelationships.In(store));
}
