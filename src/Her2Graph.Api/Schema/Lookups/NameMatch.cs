using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Lookups;

/// <summary>What one name found: every node of the strongest tier it matched in (in key order), or none.</summary>
internal sealed record NameMatch(string Name, IReadOnlyList<GraphNode> Nodes, MatchedBy? MatchedBy)
{
    public static NameMatch None(string name) => new(name, [], null);

    public static NameMatch Of(string name, IEnumerable<GraphNode> nodes, MatchedBy tier)
    {
        var found = nodes.DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return found.Count == 0 ? None(name) : new NameMatch(name, found, tier);
    }
}
