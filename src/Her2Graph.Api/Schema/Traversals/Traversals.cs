using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Graph.RelationshipType;
using static Her2Graph.Domain.Store.Direction;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// Every traversal field of the schema. Each relationship type of DESIGN.md §2 is walkable from both of its ends;
/// the generic <c>relationships</c> field on every node reaches everything else.
/// </summary>
internal static class Traversals
{
    private static readonly RelationshipType[] Response = [SensitiveTo, ResistantTo];

    public static IReadOnlyList<Traversal> All { get; } =
    [
        new(Gene, "variants", "Variants of this gene.", [InGene], Incoming, Variant),
        new(Gene, "variantClasses", "Variant classes defined on this gene.", [InGene], Incoming, VariantClass),
        new(Gene, "drugs", "Drugs that target this gene's product.", [Targets], Incoming, Drug),
        new(Gene, "resistanceMechanisms", "Resistance mechanisms that involve this gene.", [Involves], Incoming, ResistanceMechanism),
        new(Gene, "coAlteredGenes", "Genes whose alterations are reported together with this gene's, with counts.", [CoAlteredWith], Both, Gene),

        new(Variant, "genes", "The gene this variant alters.", [InGene], Outgoing, Gene),
        new(Variant, "classes", "Variant classes this variant belongs to, with the reason.", [MemberOf], Outgoing, VariantClass),
        new(Variant, "drugs", "Drugs tumours with this variant respond to (SENSITIVE) or resist (RESISTANT), with response figures.", Response, Outgoing, Drug,
            RelationshipTextFilters: ["trial"],
            ReachesThroughClasses: true),
        new(Variant, "trials", "Trials that enroll patients with this variant.", [Enrolls], Incoming, Trial,
            ReachesThroughClasses: true),
        new(Variant, "approvedDrugs", "Regulatory approvals of drugs for tumours with this variant.", [ApprovedFor], Incoming, Drug,
            RelationshipTextFilters: ["agency"],
            ReachesThroughClasses: true),
        new(Variant, "resistanceMechanisms", "Resistance mechanisms this variant takes part in.", [Involves], Incoming, ResistanceMechanism,
            ReachesThroughClasses: true),

        new(VariantClass, "genes", "The gene the class is defined on.", [InGene], Outgoing, Gene),
        new(VariantClass, "members", "Variants (and narrower classes) that belong to this class, with the reason.", [MemberOf], Incoming, null),
        new(VariantClass, "parentClasses", "Broader classes this class belongs to.", [MemberOf], Outgoing, VariantClass),
        new(VariantClass, "drugs", "Drugs tumours with a variant of this class respond to (SENSITIVE) or resist (RESISTANT).", Response, Outgoing, Drug,
            RelationshipTextFilters: ["trial"],
            ReachesThroughClasses: true),
        new(VariantClass, "trials", "Trials that enroll patients with a variant of this class.", [Enrolls], Incoming, Trial,
            ReachesThroughClasses: true),
        new(VariantClass, "approvedDrugs", "Regulatory approvals of drugs for tumours with a variant of this class.", [ApprovedFor], Incoming, Drug,
            RelationshipTextFilters: ["agency"],
            ReachesThroughClasses: true),
        new(VariantClass, "resistanceMechanisms", "Resistance mechanisms this class takes part in.", [Involves], Incoming, ResistanceMechanism,
            ReachesThroughClasses: true),

        new(Drug, "targets", "Genes whose products this drug acts on.", [Targets], Outgoing, Gene),
        new(Drug, "trials", "Trials (or cohorts) that gave this drug, with the arm's results: n, ORR, DCR, PFS, DoR, OS.", [Evaluates], Incoming, Trial,
            TargetTextFilters: ["phase"]),
        new(Drug, "adverseEvents", "Adverse events of this drug with their incidence, per trial and dose.", [HasAdverseEvent], Outgoing, AdverseEvent,
            RelationshipTextFilters: ["trial"]),
        new(Drug, "variants", "Variants and classes whose tumours respond to (SENSITIVE) or resist (RESISTANT) this drug.", Response, Incoming, null,
            RelationshipTextFilters: ["trial"]),
        new(Drug, "resistanceMechanisms", "Mechanisms that make tumours resistant to this drug.", [ConfersResistanceTo], Incoming, ResistanceMechanism),
        new(Drug, "approvals", "Regulatory approvals of this drug, per agency, with the variant or class approved for.", [ApprovedFor], Outgoing, null,
            RelationshipTextFilters: ["agency"]),

        new(Trial, "drugs", "Drugs this trial gave, with each arm's results.", [Evaluates], Outgoing, Drug),
        new(Trial, "enrolledVariants", "Variants and classes this trial enrolls.", [Enrolls], Outgoing, null),

        new(AdverseEvent, "drugs", "Drugs that caused this adverse event, with incidence per trial and dose.", [HasAdverseEvent], Incoming, Drug,
            RelationshipTextFilters: ["trial"]),

        new(ResistanceMechanism, "drugs", "Drugs this mechanism makes tumours resistant to.", [ConfersResistanceTo], Outgoing, Drug),
        new(ResistanceMechanism, "involves", "Genes, variants and classes this mechanism involves.", [Involves], Outgoing, null),

        new(Publication, "mentions", "Nodes this publication makes claims about, with the claim.", [Mentions], Outgoing, null),
        .. MentionedIn(),
    ];

    /// <summary>Every kind but Publication can be mentioned by a publication.</summary>
    private static IEnumerable<Traversal> MentionedIn() =>
        Enum.GetValues<NodeKind>()
            .Where(kind => kind != Publication)
            .Select(kind => new Traversal(kind, "mentionedIn", "Publications that make claims about this node, with the claim.", [Mentions], Incoming, Publication));

    public static IEnumerable<Traversal> Of(NodeKind owner) => All.Where(t => t.Owner == owner);
}
