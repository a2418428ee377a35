namespace Her2Graph.Domain.Store;

/// <summary>
/// The built-in fields a filter or order can name. Any other field name is a property of the node
/// (<see cref="Graph.GraphNode.Properties"/>).
/// </summary>
public static class NodeFields
{
    public const string Id = "id";
    public const string Name = "name";

    /// <summary>Matches when any alias matches.</summary>
    public const string Aliases = "aliases";

    /// <summary>The verification status in wire form: VERIFIED, FROM_KNOWLEDGE, UNVERIFIED.</summary>
    public const string Status = "status";

    /// <summary>The node kind in wire form (Drug, TrialArm): for facets over a traversal that reaches several kinds.</summary>
    public const string Kind = "kind";
}
