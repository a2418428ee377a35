using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// A traversal field on a node type: which relationships it walks, which way, and which kind it reaches.
/// </summary>
/// <param name="Owner">The node kind that has the field.</param>
/// <param name="Field">The field name.</param>
/// <param name="Description">What the field answers, for the SDL.</param>
/// <param name="Types">Relationship types walked; with more than one, the field takes a <c>relation</c> argument.</param>
/// <param name="Direction">Which way, from the owner.</param>
/// <param name="Target">The kind reached; null when several kinds can be reached (the edge's node is then a Node).</param>
/// <param name="ReachesThroughClasses">
/// Whether the field offers <c>includeClasses</c>: the relationships of the classes the owner belongs to as well.
/// </param>
internal sealed record Traversal(
    NodeKind Owner,
    string Field,
    string Description,
    IReadOnlyList<RelationshipType> Types,
    Direction Direction,
    NodeKind? Target,
    bool ReachesThroughClasses = false)
{
    public string TypeNamePrefix => TypeNames.PrefixOf(Owner, Field);
}
