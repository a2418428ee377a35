using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Graph.RelationshipType;
using static Her2Graph.Domain.Store.Direction;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// Every traversal field of the schema. Each relationship type of the catalog is walkable from both of its ends; where
/// users need a node two relationships away in one step (a drug's trials and adverse events, through its arms), a
/// two-hop field walks the arm for them; the generic <c>relationships</c> field on every node reaches everything else.
/// </summary>
internal static class Traversals
{
    private static readonly RelationshipType[] Response = [SensitiveTo, ResistantTo];

    private const string ArmsHold = "Each arm is one cohort at one dose in one analysis; its results are on the arm (orrPercent, medianPfsMonths…).";

    public static IReadOnlyList<Traversal> All { get; } =
    [
        new(Gene, "variants", "Variants of this gene.", [InGene], Incoming, Variant),
        new(Gene, "variantClasses", "Variant classes defined on this gene.", [InGene], Incoming, VariantClass),
        new(Gene, "drugs", "Drugs that target this gene's product.", [Targets], Incoming, Drug),
        new(Gene, "resistanceMechanisms", "Resistance mechanisms that involve this gene, with its role.", [Involves], Incoming, ResistanceMechanism),
        new(Gene, "coAlteredGenes", "Genes whose alterations are reported together with this gene's, with counts.", [CoAlteredWith], Both, Gene),
        new(Gene, "pathways", "Signalling pathways this gene's product acts in.", [InPathway], Outgoing, Pathway),

        new(Variant, "genes", "The gene this variant alters.", [InGene], Outgoing, Gene),
        new(Variant, "classes", "Variant classes this variant belongs to, with the reason.", [MemberOf], Outgoing, VariantClass),
        new(Variant, "drugs", "Drugs tumours with this variant respond to (SENSITIVE) or resist (RESISTANT); the figures are on the relationship's arm.", Response, Outgoing, Drug,
            ReachesThroughClasses: true),
        new(Variant, "arms", $"Trial arms whose population is patients with this variant (STUDIES). {ArmsHold}", [Studies], Incoming, TrialArm,
            ReachesThroughClasses: true),
        new(Variant, "trials", "Trials that enroll patients with this variant.", [Enrolls], Incoming, Trial,
            ReachesThroughClasses: true),
        new(Variant, "approvals", "Regulatory approvals for tumours with this variant (Approval nodes: authority, date, drug, basis trials, companion diagnostics).", [ApprovedFor], Incoming, Approval,
            ReachesThroughClasses: true),
        new(Variant, "resistanceMechanisms", "Resistance mechanisms this variant takes part in, with its role.", [Involves], Incoming, ResistanceMechanism,
            ReachesThroughClasses: true),

        new(VariantClass, "genes", "The gene the class is defined on.", [InGene], Outgoing, Gene),
        new(VariantClass, "members", "Variants (and narrower classes) that belong to this class, with the reason.", [MemberOf], Incoming, null),
        new(VariantClass, "parentClasses", "Broader classes this class belongs to.", [MemberOf], Outgoing, VariantClass),
        new(VariantClass, "drugs", "Drugs tumours with a variant of this class respond to (SENSITIVE) or resist (RESISTANT); the figures are on the relationship's arm.", Response, Outgoing, Drug,
            ReachesThroughClasses: true),
        new(VariantClass, "arms", $"Trial arms whose population is patients with a variant of this class (STUDIES). {ArmsHold}", [Studies], Incoming, TrialArm,
            ReachesThroughClasses: true),
        new(VariantClass, "trials", "Trials that enroll patients with a variant of this class.", [Enrolls], Incoming, Trial,
            ReachesThroughClasses: true),
        new(VariantClass, "approvals", "Regulatory approvals for tumours with a variant of this class (Approval nodes).", [ApprovedFor], Incoming, Approval,
            ReachesThroughClasses: true),
        new(VariantClass, "resistanceMechanisms", "Resistance mechanisms this class takes part in, with its role.", [Involves], Incoming, ResistanceMechanism,
            ReachesThroughClasses: true),

        new(Drug, "targets", "Genes whose products this drug acts on.", [Targets], Outgoing, Gene),
        new(Drug, "arms", $"Trial arms that gave this drug, with its role and dose in the arm's regimen (EVALUATES). {ArmsHold}", [Evaluates], Incoming, TrialArm),
        new(Drug, "variants", "Variants and classes whose tumours respond to (SENSITIVE) or resist (RESISTANT) this drug.", Response, Incoming, null),
        new(Drug, "resistanceMechanisms", "Mechanisms that make tumours resistant to this drug, with where the evidence comes from.", [ConfersResistanceTo], Incoming, ResistanceMechanism),
        new(Drug, "overcomes", "Resistance mechanisms this drug is reported to work despite (OVERCOME_BY), with where the evidence comes from.", [OvercomeBy], Incoming, ResistanceMechanism),
        new(Drug, "approvals", "Regulatory approvals of this drug (Approval nodes: authority, date, indication, the variants approved for, basis trials, companion diagnostics).", [Approves], Incoming, Approval),

        new(Trial, "arms", $"The arms and cohorts of this trial (HAS_ARM). {ArmsHold}", [HasArm], Outgoing, TrialArm),
        new(Trial, "enrolledVariants", "Variants and classes this trial enrolls.", [Enrolls], Outgoing, null),
        new(Trial, "diseases", "Diseases this trial enrolls patients with.", [InDisease], Outgoing, Disease),
        new(Trial, "approvals", "Regulatory approvals that rest on this trial's results (BASED_ON).", [BasedOn], Incoming, Approval),

        new(TrialArm, "regimen", "The drugs this arm gave, each with its role (monotherapy, combination partner, comparator, control) and dose.", [Evaluates], Outgoing, Drug),
        new(TrialArm, "population", "The variants or classes this arm's figures are for (STUDIES).", [Studies], Outgoing, null),
        new(TrialArm, "adverseEvents", "Adverse events in this arm with their incidence: n at risk, any grade, grade 3 or higher, grade 5 count, attribution.", [HasAdverseEvent], Outgoing, AdverseEvent),

        new(AdverseEvent, "arms", "Trial arms that reported this adverse event, with its incidence in each.", [HasAdverseEvent], Incoming, TrialArm),

        new(ResistanceMechanism, "drugs", "Drugs this mechanism makes tumours resistant to.", [ConfersResistanceTo], Outgoing, Drug),
        new(ResistanceMechanism, "overcomeBy", "Drugs reported to work despite this mechanism (OVERCOME_BY), with where the evidence comes from.", [OvercomeBy], Outgoing, Drug),
        new(ResistanceMechanism, "involves", "Genes, variants, classes and pathways this mechanism involves, with each one's role.", [Involves], Outgoing, null),

        new(Pathway, "genes", "Genes whose products act in this pathway.", [InPathway], Incoming, Gene),
        new(Pathway, "mechanisms", "Resistance mechanisms that act through this pathway, with its role.", [Involves], Incoming, ResistanceMechanism),

        new(Approval, "variants", "The variants or classes this approval is for.", [ApprovedFor], Outgoing, null),
        new(Approval, "basisTrials", "The trials whose results this approval rests on.", [BasedOn], Outgoing, Trial),
        new(Approval, "diseases", "The diseases this approval is granted in.", [InDisease], Outgoing, Disease),
        new(Approval, "companionDiagnostics", "Companion diagnostics approved with this approval, with the date and biomarker of that use.", [ApprovedWith], Outgoing, CompanionDiagnostic),

        new(CompanionDiagnostic, "approvals", "The approvals this test was approved with, with the date and biomarker of each use.", [ApprovedWith], Incoming, Approval),

        new(Disease, "approvals", "Regulatory approvals granted in this disease.", [InDisease], Incoming, Approval),
        new(Disease, "trials", "Trials that enroll patients with this disease.", [InDisease], Incoming, Trial),
        new(Disease, "subtypes", "Narrower diseases that are subtypes of this one.", [SubtypeOf], Incoming, Disease),
        new(Disease, "parentDiseases", "Broader diseases this one is a subtype of.", [SubtypeOf], Outgoing, Disease),

        new(Publication, "mentions", "Nodes this publication makes claims about, with the claim.", [Mentions], Outgoing, null),
        .. MentionedIn(),
    ];

    /// <summary>Fields two relationships away, through the node between (always a trial arm here).</summary>
    public static IReadOnlyList<TwoHopTraversal> TwoHops { get; } =
    [
        new(Drug, "trials", "Trials that gave this drug, through their arms: each edge is a HAS_ARM from the trial to one arm that gave it (relationship.to), so a trial with three such arms is one node and three edges.",
            new(Evaluates, Incoming, TrialArm), new(HasArm, Incoming, Trial)),
        new(Drug, "adverseEvents", "Adverse events in the arms that gave this drug (alone or in combination: see the arm's regimen), with the incidence in each arm (relationship.from is the arm).",
            new(Evaluates, Incoming, TrialArm), new(HasAdverseEvent, Outgoing, AdverseEvent)),
        new(Trial, "adverseEvents", "Adverse events in this trial's arms, with the incidence in each arm (relationship.from is the arm).",
            new(HasArm, Outgoing, TrialArm), new(HasAdverseEvent, Outgoing, AdverseEvent)),
        new(Trial, "drugs", "Drugs this trial gave, through its arms: each edge is one arm's EVALUATES (relationship.from is the arm) with the drug's role and dose.",
            new(HasArm, Outgoing, TrialArm), new(Evaluates, Outgoing, Drug)),
        new(AdverseEvent, "drugs", "Drugs given in the arms that reported this adverse event: each edge is one arm's EVALUATES with the drug's role and dose; the incidences are on AdverseEvent.arms.",
            new(HasAdverseEvent, Incoming, TrialArm), new(Evaluates, Outgoing, Drug)),
    ];

    /// <summary>Relationships a node has exactly one of, served as the node at the other end.</summary>
    public static IReadOnlyList<SingleNeighbour> Singles { get; } =
    [
        new(TrialArm, "trial", "The trial this arm belongs to (the one HAS_ARM into it).", HasArm, Incoming, Trial),
        new(Approval, "drug", "The drug this approval authorises (APPROVES).", Approves, Outgoing, Drug),
    ];

    /// <summary>Every kind but Publication can be mentioned by a publication.</summary>
    private static IEnumerable<Traversal> MentionedIn() =>
        Enum.GetValues<NodeKind>()
            .Where(kind => kind != Publication)
            .Select(kind => new Traversal(kind, "mentionedIn", "Publications that make claims about this node, with the claim.", [Mentions], Incoming, Publication));

    public static IEnumerable<Traversal> Of(NodeKind owner) => All.Where(t => t.Owner == owner);

    public static IEnumerable<TwoHopTraversal> TwoHopsOf(NodeKind owner) => TwoHops.Where(t => t.Owner == owner);

    public static IEnumerable<SingleNeighbour> SinglesOf(NodeKind owner) => Singles.Where(t => t.Owner == owner);
}
