using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>
/// The figure-bearing records the evidence list is made of: each is one relationship type, and each row one
/// relationship of it with the nodes at both ends. Which kinds of node stand at the ends comes from the catalog.
/// </summary>
internal static class EvidenceKinds
{
    public static IReadOnlyList<(string Name, RelationshipType Type, string Description)> All { get; } =
    [
        ("ARM_RESULT", RelationshipType.HasArm, "An arm's results (HAS_ARM, trial to arm): the figures (n, ORR, PFS, OS, DoR) are the arm's, `to`."),
        ("ADVERSE_EVENT_RATE", RelationshipType.HasAdverseEvent, "An adverse event's incidence in an arm (HAS_ADVERSE_EVENT, arm to event): the figures are the relationship's."),
        ("APPROVAL", RelationshipType.Approves, "A regulatory approval of a drug (APPROVES, approval to drug): authority, date and indication are the approval's, `from`."),
        ("SENSITIVITY", RelationshipType.SensitiveTo, "Tumours with the variant or class respond to the drug (SENSITIVE_TO); the figures are on the arm named by the relationship's `arm`."),
        ("RESISTANCE", RelationshipType.ResistantTo, "Tumours with the variant or class do not respond to the drug (RESISTANT_TO); figures, where any, on the arm named by `arm`."),
        ("RESISTANCE_MECHANISM", RelationshipType.ConfersResistanceTo, "A mechanism makes tumours resistant to the drug (CONFERS_RESISTANCE_TO), with where the evidence comes from."),
        ("OVERCOME", RelationshipType.OvercomeBy, "The drug is reported to work despite the mechanism (OVERCOME_BY), with where the evidence comes from."),
    ];

    public static IReadOnlyList<RelationshipType> Types { get; } = All.Select(k => k.Type).ToList();

    /// <summary>The kinds of node at either end of some evidence row, in catalog order.</summary>
    public static IReadOnlyList<NodeKind> EndKinds { get; } = Types
        .SelectMany(t => RelationshipTypes.Get(t).FromKinds.Concat(RelationshipTypes.Get(t).ToKinds)).Distinct().Order().ToList();

    /// <summary>Every property the evidence types carry, each once (the union a relationship filter, order or aggregate is over).</summary>
    public static IReadOnlyList<PropertyDefinition> Properties { get; } =
        Types.SelectMany(t => RelationshipTypes.Get(t).Properties).DistinctBy(p => p.Name).ToList();

    public static string NameOf(RelationshipType type) => All.First(k => k.Type == type).Name;

    /// <summary>The evidence kind of a relationship type's wire name (a facet value), or the wire name itself for another type.</summary>
    public static string NameOfWire(string wireName) =>
        All.FirstOrDefault(k => k.Type.ToWireName() == wireName) is { Name: { } name } ? name : wireName;

    /// <summary>The field that names an end kind in the evidence inputs and aggregates: trialArm, variantClass.</summary>
    public static string FieldOf(NodeKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
