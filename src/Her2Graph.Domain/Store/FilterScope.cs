namespace Her2Graph.Domain.Store;

/// <summary>Whose field a filter or sort key names.</summary>
public enum FilterScope
{
    /// <summary>The node listed, or in a traversal the node reached.</summary>
    Node,

    /// <summary>In a traversal, the relationship walked; in a relationship listing, the relationship listed: its properties and <c>status</c>.</summary>
    Relationship,

    /// <summary>In a relationship listing, the node the relationship starts at.</summary>
    From,

    /// <summary>In a relationship listing, the node the relationship ends at.</summary>
    To,
}
