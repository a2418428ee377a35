using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Schema.NodeKinds;
using static Her2Graph.Domain.Schema.PropertyType;

namespace Her2Graph.Domain.Schema;

/// <summary>The relationship types of the graph: which kinds each joins and which typed properties it carries (DESIGN.md §2).</summary>
public static class RelationshipTypes
{
    private static readonly PropertyDefinition[] Outcomes =
    [
        P("n", WholeNumber, "Number of patients the figures are based on."),
        P("orrPercent", Percent, "Objective response rate, %."),
        P("orrCi95", Text, "95% confidence interval of the ORR."),
        P("dcrPercent", Percent, "Disease control rate, %."),
        P("crPercent", Percent, "Complete response rate, %."),
        P("stableDiseasePercent", Percent, "Stable disease, %."),
        P("clinicalBenefitPercent", Percent, "Clinical benefit rate, %."),
        P("medianPfsMonths", Number, "Median progression-free survival, months."),
        P("medianPfsCi95", Text, "95% confidence interval of the median PFS."),
        P("medianPfsWeeks", Number, "Median progression-free survival, weeks (where reported in weeks)."),
        P("medianDorMonths", Number, "Median duration of response, months."),
        P("medianDorCi95", Text, "95% confidence interval of the median DoR."),
        P("medianOsMonths", Number, "Median overall survival, months."),
        P("medianOsCi95", Text, "95% confidence interval of the median OS."),
        P("medianOsWeeks", Number, "Median overall survival, weeks (where reported in weeks)."),
        P("medianFollowUpMonths", Number, "Median follow-up, months."),
        P("pfs6mRatePercent", Percent, "Progression-free at 6 months, %."),
        P("pfs12mRatePercent", Percent, "Progression-free at 12 months, %."),
        P("os12mRatePercent", Percent, "Alive at 12 months (overall survival rate), %."),
        P("anyGradeTraePercent", Percent, "Treatment-related adverse events of any grade, %."),
        P("grade3PlusTraePercent", Percent, "Treatment-related adverse events of grade 3 or higher, %."),
        P("discontinuationPercent", Percent, "Discontinuation for adverse events, %."),
        P("doseReductionPercent", Percent, "Dose reduction for adverse events, %."),
        P("dataCutoff", Text, "Data cut-off of these figures."),
    ];

    public static IReadOnlyList<RelationshipTypeDefinition> All { get; } =
    [
        new(RelationshipType.InGene, "The variant or class is an alteration of the gene.", [Variant, VariantClass], [Gene], [Notes]),
        new(RelationshipType.Targets, "The drug acts on the gene's product.", [Drug], [Gene],
            [P("mechanism", Text, "How the drug acts on the target."), Notes]),
        new(RelationshipType.SensitiveTo, "Tumours with the variant respond to the drug.", [Variant, VariantClass], [Drug],
            [P("trial", Text, "Id of the trial the figures come from."), P("context", Text, "Setting: line of therapy, cohort, dose."), .. Outcomes, Notes]),
        new(RelationshipType.ResistantTo, "Tumours with the variant do not respond to the drug.", [Variant, VariantClass], [Drug],
            [P("trial", Text, "Id of the trial the figures come from."), P("context", Text, "Setting of the observation."), .. Outcomes, Notes]),
        new(RelationshipType.Evaluates, "The trial (or cohort) gave the drug; the figures are those of that arm or cohort.", [Trial], [Drug],
            [
                P("role", Text, "The drug's role: monotherapy, combination partner, comparator."),
                P("arm", Text, "Arm or cohort the figures describe."),
                P("regimen", Text, "The full regimen of the arm, for combinations."),
                P("dose", Text, "Dose and schedule."),
                .. Outcomes,
                Notes,
            ]),
        new(RelationshipType.Enrolls, "The trial enrolls patients with the variant or class.", [Trial], [Variant, VariantClass],
            [P("sharePercent", Percent, "Share of enrolled patients with this variant, %."), Notes]),
        new(RelationshipType.HasAdverseEvent, "The drug caused the adverse event in the trial named by the qualifier.", [Drug], [AdverseEvent],
            [
                P("trial", Text, "Id of the trial the incidence comes from."),
                P("dose", Text, "Dose and schedule."),
                P("basis", Text, "What was counted: treatment-related, all-causality, label pooled safety population."),
                P("anyGradePercent", Percent, "Incidence of any grade, %."),
                P("grade3PlusPercent", Percent, "Incidence of grade 3 or higher, %."),
                Notes,
            ]),
        new(RelationshipType.ConfersResistanceTo, "The mechanism makes tumours resistant to the drug.", [ResistanceMechanism], [Drug],
            [P("context", Text, "Where it was observed."), Notes]),
        new(RelationshipType.Involves, "The mechanism involves the gene or variant.", [ResistanceMechanism], [Gene, Variant, VariantClass],
            [P("role", Text, "What the gene or variant does in the mechanism."), Notes]),
        new(RelationshipType.MemberOf, "The variant (or narrower class) belongs to the class.", [Variant, VariantClass], [VariantClass],
            [P("reason", Text, "Why it belongs: the membership rule applied to this variant."), Notes]),
        new(RelationshipType.ApprovedFor, "A regulator approved the drug for tumours with the variant or class; the qualifier is the agency.", [Drug], [Variant, VariantClass],
            [
                P("agency", Text, "FDA, EMA, NMPA, MHLW/PMDA…"),
                P("date", Date, "Date of the decision, to the precision known."),
                P("approvalType", Text, "Full, accelerated, conditional."),
                P("indication", Text, "Indication as approved."),
                P("dose", Text, "Approved dose."),
                P("basis", Text, "Trials the approval rests on."),
                P("companionDiagnostics", TextList, "Companion diagnostic tests."),
                Notes,
            ]),
        new(RelationshipType.Mentions, "The publication makes a claim about the node.", [Publication], Enum.GetValues<NodeKind>(),
            [P("claim", Text, "The claim, in the publication's words or close to them."), Notes]),
        new(RelationshipType.CoAlteredWith, "Alterations of the two genes are reported together in patients.", [Gene], [Gene],
            [
                P("context", Text, "Cohort the co-occurrence was counted in."),
                P("count", WholeNumber, "Patients with both alterations."),
                P("denominator", WholeNumber, "Patients examined."),
                Notes,
            ]),
    ];

    private static readonly Dictionary<RelationshipType, RelationshipTypeDefinition> ByType = All.ToDictionary(d => d.Type);

    public static RelationshipTypeDefinition Get(RelationshipType type) => ByType[type];
}
