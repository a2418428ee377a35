using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// The relationships the consistency rules read: those of the batch (in input order) and those found around it in
/// the store. A stored relationship with the key of one in the batch is the batch's: the write replaces it.
/// </summary>
internal sealed class EvidenceLinks
{
    private static readonly IReadOnlyList<EvidenceLink> NoLinks = [];
    private readonly Dictionary<RelationshipKey, EvidenceLink> _byKey = [];
    private readonly List<EvidenceLink> _all = [];
    private readonly Dictionary<(RelationshipType, string), List<EvidenceLink>> _out = [];
    private readonly Dictionary<(RelationshipType, string), List<EvidenceLink>> _in = [];

    public IReadOnlyList<EvidenceLink> All => _all;

    public void Add(EvidenceLink link)
    {
        if (!_byKey.TryAdd(link.Key, link)) return;
        _all.Add(link);
        Index(_out, (link.Type, link.From), link);
        Index(_in, (link.Type, link.To), link);
    }

    public IReadOnlyList<EvidenceLink> From(RelationshipType type, string id) => _out.TryGetValue((type, id), out var links) ? links : NoLinks;

    public IReadOnlyList<EvidenceLink> Into(RelationshipType type, string id) => _in.TryGetValue((type, id), out var links) ? links : NoLinks;

    public IEnumerable<EvidenceLink> OfType(RelationshipType type) => _all.Where(l => l.Type == type);

    /// <summary>The node and every class it is a member of, directly or through a broader class.</summary>
    public HashSet<string> SelfAndClasses(string id)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var link in From(RelationshipType.MemberOf, next))
            {
                if (found.Add(link.To)) queue.Enqueue(link.To);
            }
        }

        return found;
    }

    private static void Index(Dictionary<(RelationshipType, string), List<EvidenceLink>> index, (RelationshipType, string) key, EvidenceLink link)
    {
        if (!index.TryGetValue(key, out var links)) index[key] = links = [];
        links.Add(link);
    }
}
