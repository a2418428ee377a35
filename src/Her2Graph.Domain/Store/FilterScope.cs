namespace Her2Graph.Domain.Store;

/// <summary>Whose field a filter or sort key names.</summary>
public enum FilterScope
{
    /// <summary>The node listed, or in a traversal the node reached.</summary>
    Node,

    /// <summary>In a traversal, the relationship walked: its properties and <c>status</c>.</summary>
    Relationship,
}
