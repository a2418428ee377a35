using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>The tumour type the levels are for (NSCLC) and its subtypes, through SUBTYPE_OF, transitively.</summary>
internal sealed class TumourType(ActionabilityGraph graph, string diseaseId)
{
    public string DiseaseId { get; } = diseaseId;

    /// <summary>The SUBTYPE_OF relationships from the disease up to the tumour type (empty when it is the tumour type), or null when it is another disease.</summary>
    public IReadOnlyList<GraphRelationship>? PathFrom(string disease)
    {
        var paths = new Dictionary<string, List<GraphRelationship>>(StringComparer.Ordinal) { [disease] = [] };
        var queue = new Queue<string>([disease]);
        while (queue.TryDequeue(out var id))
        {
            if (id == DiseaseId) return paths[id];
            foreach (var subtypeOf in graph.Outgoing(id, RelationshipType.SubtypeOf))
            {
                if (!paths.TryAdd(subtypeOf.ToId, [.. paths[id], subtypeOf])) continue;
                queue.Enqueue(subtypeOf.ToId);
            }
        }

        return null;
    }
}
