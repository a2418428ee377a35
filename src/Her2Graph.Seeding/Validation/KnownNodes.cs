using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// The node ids a batch can refer to: those it contains (with where they are written) and those found outside it.
/// A kind is null when the node's kind is unknown; its relationships are then not checked for kinds.
/// </summary>
internal sealed class KnownNodes
{
    private readonly Dictionary<string, (NodeKind? Kind, string Location)> _nodes = new(StringComparer.Ordinal);

    /// <summary>Adds a node of the batch, or returns false with where the id was first written.</summary>
    public bool TryAdd(string id, NodeKind? kind, string location, out string firstLocation)
    {
        if (_nodes.TryGetValue(id, out var first))
        {
            firstLocation = first.Location;
            return false;
        }

        _nodes[id] = (kind, location);
        firstLocation = location;
        return true;
    }

    public void AddExisting(IReadOnlyDictionary<string, NodeKind> nodes)
    {
        foreach (var (id, kind) in nodes) _nodes.TryAdd(id, (kind, "the store"));
    }

    public bool Contains(string id) => _nodes.ContainsKey(id);

    public NodeKind? KindOf(string id) => _nodes.TryGetValue(id, out var node) ? node.Kind : null;
}
