using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// The part of the graph the rules read, handed in whole: the caller gathers it (the API with one store call per
/// step), the rules only look things up. Relationships whose ends are not among the nodes are ignored.
/// </summary>
public sealed class ActionabilityGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly Dictionary<string, List<GraphRelationship>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphRelationship>> _incoming = new(StringComparer.Ordinal);

    public ActionabilityGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        _nodes = nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        // A total order, so findings come out the same whatever order the store returned the facts in.
        foreach (var relationship in relationships.DistinctBy(r => r.Key).OrderBy(r => r.Key.ToString(), StringComparer.Ordinal))
        {
            if (!_nodes.ContainsKey(relationship.FromId) || !_nodes.ContainsKey(relationship.ToId)) continue;
            Add(_outgoing, relationship.FromId, relationship);
            Add(_incoming, relationship.ToId, relationship);
        }
    }

    public GraphNode? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>Every node handed in, in id order.</summary>
    public IEnumerable<GraphNode> Nodes => _nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal);

    public IEnumerable<GraphRelationship> Outgoing(string id, RelationshipType type) =>
        _outgoing.TryGetValue(id, out var list) ? list.Where(r => r.Type == type) : [];

    public IEnumerable<GraphRelationship> Incoming(string id, RelationshipType type) =>
        _incoming.TryGetValue(id, out var list) ? list.Where(r => r.Type == type) : [];

    private static void Add(Dictionary<string, List<GraphRelationship>> index, string id, GraphRelationship relationship)
    {
        if (!index.TryGetValue(id, out var list)) index[id] = list = [];
        list.Add(relationship);
    }
}
