namespace Her2Graph.Domain.Store;

/// <summary>Which way a relationship is followed from the node a traversal starts at.</summary>
public enum Direction
{
    /// <summary>From the node to the other end (the node is the relationship's start).</summary>
    Outgoing,

    /// <summary>From the other end to the node (the node is the relationship's end).</summary>
    Incoming,

    /// <summary>Either way.</summary>
    Both,
}
