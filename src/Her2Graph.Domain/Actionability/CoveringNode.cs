using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>A node whose facts hold for the variant: the variant itself, or a class it is a MEMBER_OF, with the path there.</summary>
internal sealed record CoveringNode(GraphNode Node, IReadOnlyList<GraphRelationship> Path)
{
    /// <summary>Every covering node of a variant, nearest first: the variant, then its classes breadth first over MEMBER_OF.</summary>
    public static IReadOnlyList<CoveringNode> Of(ActionabilityGraph graph, GraphNode variant)
    {
        var found = new List<CoveringNode> { new(variant, []) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { variant.Id };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var memberOf in graph.Outgoing(found[i].Node.Id, RelationshipType.MemberOf))
            {
                if (graph.Node(memberOf.ToId) is not { } parent || !seen.Add(parent.Id)) continue;
                found.Add(new CoveringNode(parent, [.. found[i].Path, memberOf]));
            }
        }

        return found;
    }

    /// <summary>"ERBB2:A775_G776insYVMA itself" or "erbb2-exon20-insertions (ERBB2:A775_G776insYVMA → … → it, MEMBER_OF)".</summary>
    public string Describe() =>
        Path.Count == 0
            ? $"{Node.Name} itself"
            : $"its class {Node.Name} ({string.Join(" → ", Path.Select(r => r.FromId).Append(Node.Id))}, MEMBER_OF)";
}
