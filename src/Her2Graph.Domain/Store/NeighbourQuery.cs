using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The traversals of one query level, read in one store round trip: each branch is one traversal field (its
/// pattern, filter, order and aggregates) asked of some nodes, told apart in the result by its tag.
/// </summary>
public sealed record NeighbourQuery(IReadOnlyList<NeighbourBranch> Branches)
{
    /// <summary>The most branches one query carries: a level's distinct traversal fields.</summary>
    public const int MaxBranches = 256;

    /// <summary>One untagged branch without filter: every relationship of these types of these nodes.</summary>
    public static NeighbourQuery Of(IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType>? types = null) =>
        new([new NeighbourBranch(string.Empty, nodeIds, new LinkPattern(types?.ToList() ?? [], direction))]);
}

/// <summary>One traversal asked of some nodes.</summary>
/// <param name="Tag">Tells this branch's groups apart in the result; unique within a query.</param>
/// <param name="NodeIds">The nodes to start from.</param>
/// <param name="Pattern">The relationships to walk and the condition on each edge.</param>
/// <param name="Order">Sort keys before the default order (see <see cref="Neighbour"/>), which makes the order total.</param>
/// <param name="Rows">False when only the count and aggregates are wanted: the groups then hold no neighbours.</param>
/// <param name="Aggregate">Figures to summarise and fields to count values of, over each group; null for none.</param>
/// <param name="Via">
/// Where the pattern is walked from: null for the origin itself, else the nodes this reaches from the origin (a drug's
/// arms, a variant and its classes). The group is still the origin's; each edge's direction is seen from the node it
/// was walked from, and an edge reached along two ways is in the group once.
/// </param>
public sealed record NeighbourBranch(
    string Tag,
    IReadOnlyCollection<string> NodeIds,
    LinkPattern Pattern,
    IReadOnlyList<NodeOrder>? Order = null,
    bool Rows = true,
    AggregateRequest? Aggregate = null,
    Reach? Via = null);

/// <summary>The nodes a branch walks its pattern from, reached from its origin.</summary>
public abstract record Reach
{
    private Reach()
    {
    }

    /// <summary>The nodes one relationship away that fit the pattern (a drug's arms: EVALUATES, incoming, TrialArm).</summary>
    public sealed record Hop(LinkPattern Pattern) : Reach;

    /// <summary>
    /// The origin and every node reached by following relationships of one type one way, any number of times (a
    /// variant and every class it belongs to, directly or through broader classes: MEMBER_OF, outgoing).
    /// </summary>
    public sealed record Closure(RelationshipType Type, Direction Direction) : Reach;
}

/// <summary>Where a group of a <see cref="NeighbourQuery"/> result belongs: its branch's tag and its origin.</summary>
public readonly record struct NeighbourKey(string Tag, string OriginId);

/// <summary>The edges of one branch from one origin, with their count and aggregates (computed by the store).</summary>
/// <param name="Neighbours">In the branch's order; empty when the branch asked for no rows.</param>
/// <param name="TotalCount">Edges that meet the branch's pattern.</param>
/// <param name="Aggregates">What the branch's <see cref="NeighbourBranch.Aggregate"/> asked for; null when it asked nothing.</param>
public sealed record NeighbourGroup(IReadOnlyList<Neighbour> Neighbours, int TotalCount, Aggregates? Aggregates)
{
    public static NeighbourGroup Empty { get; } = new([], 0, null);
}
