using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// Gathers the relationships the consistency rules read: the batch's own, then, a step at a time, those in the store
/// around them, following only the links a rule walks (an arm's trial, a trial's arms, an approval's basis trials, an
/// arm's population, a variant's classes). Four steps reach the farthest fact a rule needs: an approval's drug →
/// its basis trials → their arms → the drugs those arms evaluate.
/// </summary>
internal static class EvidenceNeighbourhood
{
    public const int MaxSteps = 4;

    /// <summary>The relationship types the rules read.</summary>
    public static IReadOnlyList<RelationshipType> Types { get; } =
    [
        RelationshipType.HasArm, RelationshipType.Studies, RelationshipType.Enrolls, RelationshipType.Evaluates,
        RelationshipType.Approves, RelationshipType.BasedOn, RelationshipType.MemberOf,
    ];

    private static readonly RelationshipType[] Claims = [RelationshipType.SensitiveTo, RelationshipType.ResistantTo];

    public static async Task<EvidenceLinks> GatherAsync(
        IReadOnlyList<RelationshipInput> inputs, IReadOnlyList<BatchArm> arms, KnownNodes known, ExistingRelationshipLookup existing, CancellationToken cancellationToken)
    {
        var links = new EvidenceLinks();
        foreach (var input in inputs)
        {
            if (Read(input, known) is { } link) links.Add(link);
        }

        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var next = links.All.SelectMany(l => new[] { l.From, l.To, l.Arm?.Value }).OfType<string>()
            .Concat(arms.Select(a => a.Id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        for (var step = 0; step < MaxSteps && next.Count > 0; step++)
        {
            loaded.UnionWith(next);
            foreach (var stored in await existing(next, Types, cancellationToken)) links.Add(new EvidenceLink(stored.Key, null));
            next = next.SelectMany(id => Onward(links, id)).Where(id => !loaded.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        }

        return links;
    }

    // A relationship of the batch whose type and ends are known; other errors of the record do not matter here, so a
    // record with a bad citation does not also make its arm look like an orphan.
    private static EvidenceLink? Read(RelationshipInput input, KnownNodes known)
    {
        if (!WireNames.TryParseWireName<RelationshipType>(input.Type.Value, out var type)) return null;
        if (!Types.Contains(type) && !Claims.Contains(type)) return null;
        if (input.From?.Value is not { } from || input.To?.Value is not { } to || !known.Contains(from) || !known.Contains(to)) return null;
        var arm = Claims.Contains(type) && input.Properties.FirstOrDefault(p => p.Name == "arm") is { Value: InputValue.Scalar { Text: { } id } } property
            ? new Located<string>(id, property.Location)
            : null;
        return new EvidenceLink(new RelationshipKey(type, from, to, input.Qualifier?.Value ?? string.Empty), input.Location, arm);
    }

    private static IEnumerable<string> Onward(EvidenceLinks links, string id) =>
        links.From(RelationshipType.HasArm, id).Select(l => l.To)
            .Concat(links.Into(RelationshipType.HasArm, id).Select(l => l.From))
            .Concat(links.From(RelationshipType.BasedOn, id).Select(l => l.To))
            .Concat(links.From(RelationshipType.Studies, id).Select(l => l.To))
            .Concat(links.From(RelationshipType.MemberOf, id).Select(l => l.To));
}
