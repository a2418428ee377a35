using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// What the repository's graph-seed/ holds, read with the seed's own reader, so that tests derive the counts they
/// expect instead of writing them down: adding a drug to the seed breaks no test about batching or paging.
/// </summary>
public static class SeedGraph
{
    private static readonly Lazy<GraphInput> Input = new(() => SeedFolderReader.Read(RepositoryFiles.PathOf(SeedFolder.DefaultName)).Input);

    public static int NodeCount(NodeKind kind) => Input.Value.Nodes.Count(node => node.Kind.Value == kind.ToString());

    /// <summary>How many cross-references the seed's nodes carry, all kinds together.</summary>
    public static int XrefCount() => Input.Value.Nodes.Sum(node => node.Xrefs.Count);

    /// <summary>
    /// How many steps up the class tree (MEMBER_OF) the nodes of a kind reach together: the length of the longest
    /// chain from one of them to a class not reached sooner from another (a breadth-first walk from all at once).
    /// </summary>
    public static int ClassLevelsAbove(NodeKind kind)
    {
        var memberOf = RelationshipType.MemberOf.ToWireName();
        var broader = Input.Value.Relationships
            .Where(r => r.Type.Value == memberOf && r.From is not null && r.To is not null)
            .ToLookup(r => r.From!.Value, r => r.To!.Value, StringComparer.Ordinal);
        var frontier = Input.Value.Nodes.Where(node => node.Kind.Value == kind.ToString() && node.Id is not null).Select(node => node.Id!.Value).ToList();
        var visited = new HashSet<string>(frontier, StringComparer.Ordinal);
        var levels = 0;
        while (true)
        {
            frontier = frontier.SelectMany(id => broader[id]).Where(visited.Add).ToList();
            if (frontier.Count == 0) return levels;
            levels++;
        }
    }
}
