using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// A traversal field that walks two relationships in one step for the user, through the node between (a trial arm:
/// drug → arms → trials, trial → arms → adverse events). Its edges are the second hop's relationships, so an edge's
/// <c>relationship.from</c> or <c>to</c> names the node walked through.
/// </summary>
/// <param name="Through">The first hop, from the owner to the nodes walked through.</param>
/// <param name="To">The second hop, from those nodes to the nodes reached; the field's filters apply to it.</param>
internal sealed record TwoHopTraversal(
    NodeKind Owner,
    string Field,
    string Description,
    Hop Through,
    Hop To)
{
    public string TypeNamePrefix => TypeNames.PrefixOf(Owner, Field);
}
