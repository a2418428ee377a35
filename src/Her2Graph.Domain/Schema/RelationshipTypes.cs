using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Schema.NodeKinds;
using static Her2Graph.Domain.Schema.PropertyType;

namespace Her2Graph.Domain.Schema;

/// <summary>The relationship types of the graph: which kinds each joins and which typed properties it carries (DESIGN.md §2).</summary>
public static class RelationshipTypes
{
    private static PropertyDefinition Arm { get; } = Ref("arm", "The trial arm whose figures show this (TrialArm: population, regimen, results).", TrialArm);

    public static IReadOnlyList<RelationshipTypeDefinition> All { get; } =
    [
        new(RelationshipType.InGene, "The variant or class is an alteration of the gene.", [Variant, VariantClass], [Gene], [Notes]),
        new(RelationshipType.Targets, "The drug acts on the gene's product.", [Drug], [Gene],
            [P("mechanism", Text, "How the drug acts on the target."), Notes]),
        new(RelationshipType.SensitiveTo, "Tumours with the variant respond to the drug; the figures are on the arm named by `arm`.", [Variant, VariantClass], [Drug],
            [Arm, Notes]),
        new(RelationshipType.ResistantTo, "Tumours with the variant do not respond to the drug; the figures, where any, are on the arm named by `arm`.", [Variant, VariantClass], [Drug],
            [Arm, Notes]),
        new(RelationshipType.HasArm, "The trial has the arm (a cohort at a dose, in one analysis).", [Trial], [TrialArm], [Notes]),
        new(RelationshipType.Evaluates, "The arm gave the drug: one relationship per drug of the arm's regimen, with its role and dose.", [TrialArm], [Drug],
            [
                C("role", ClinicalChoices.RegimenRole, "The drug's role in the arm."),
                P("doseAmount", Number, "Dose per administration, in doseUnit; the lower end where a range was given."),
                P("doseAmountMax", Number, "Upper end of a dose range (e.g. 45 in 30-45 mg), in doseUnit."),
                P("doseUnit", Text, "Unit of the dose: mg, mg/kg, mg/m2, AUC…"),
                C("schedule", ClinicalChoices.DoseSchedule, "How often the dose is given."),
                C("route", ClinicalChoices.Route, "How the drug is given."),
                Notes,
            ]),
        new(RelationshipType.Studies, "The arm's figures are for patients with the variant or class (its population).", [TrialArm], [Variant, VariantClass], [Notes]),
        new(RelationshipType.Enrolls, "The trial enrolls patients with the variant or class.", [Trial], [Variant, VariantClass],
            [P("sharePercent", Percent, "Share of enrolled patients with this variant, %."), Notes]),
        new(RelationshipType.HasAdverseEvent, "Patients of the arm had the adverse event, at the incidence given.", [TrialArm], [AdverseEvent],
            [
                P("n", WholeNumber, "Patients at risk: the safety population the incidence is counted in (at least 1)."),
                P("anyGradePercent", Percent, "Incidence of any grade, %."),
                P("grade3PlusPercent", Percent, "Incidence of grade 3 or higher, %."),
                P("grade3To4Percent", Percent, "Incidence of grade 3 or 4, %, where reported apart from grade 5."),
                P("grade5Count", WholeNumber, "Deaths from the event (grade 5), where reported."),
                C("attribution", ClinicalChoices.Attribution, "What was counted: all causality, treatment-related, adjudicated drug-related, label adverse reactions."),
                C("source", ClinicalChoices.FigureSource, "Where the incidence was read."),
                C("analysis", ClinicalChoices.Analysis, "Which analysis the incidence comes from."),
                P("ctcaeVersion", Text, "CTCAE version the grades follow, where stated, e.g. 5.0."),
                Notes,
            ]),
        new(RelationshipType.ConfersResistanceTo, "The mechanism makes tumours resistant to the drug.", [ResistanceMechanism], [Drug],
            [
                C("evidenceFrom", ClinicalChoices.ResistanceEvidence, "Where the evidence comes from: clinical at progression, preclinical, another tumour type."),
                Ref("observedIn", "The trial whose patients showed it, where one is named.", Trial),
                Notes,
            ]),
        new(RelationshipType.OvercomeBy, "The drug is reported to work despite the mechanism (or to overcome it).", [ResistanceMechanism], [Drug],
            [
                C("evidenceFrom", ClinicalChoices.ResistanceEvidence, "Where the evidence comes from."),
                Ref("observedIn", "The trial whose patients showed it, where one is named.", Trial),
                Notes,
            ]),
        new(RelationshipType.Involves, "The mechanism involves the gene, variant, class or pathway.", [ResistanceMechanism], [Gene, Variant, VariantClass, Pathway],
            [C("role", ClinicalChoices.InvolvementRole, "What the gene, variant or pathway does in the mechanism."), Notes]),
        new(RelationshipType.InPathway, "The gene's product signals in the pathway.", [Gene], [Pathway], [Notes]),
        new(RelationshipType.MemberOf, "The variant (or narrower class) belongs to the class.", [Variant, VariantClass], [VariantClass],
            [P("reason", Text, "Why it belongs: the membership rule applied to this variant."), Notes]),
        new(RelationshipType.Approves, "The approval authorises the drug.", [Approval], [Drug], [Notes]),
        new(RelationshipType.ApprovedFor, "The approval is for tumours with the variant or class.", [Approval], [Variant, VariantClass], [Notes]),
        new(RelationshipType.InDisease, "The approval is granted for, or the trial enrolls patients with, the disease.", [Approval, Trial], [Disease], [Notes]),
        new(RelationshipType.BasedOn, "The approval rests on the trial's results.", [Approval], [Trial], [Notes]),
        new(RelationshipType.ApprovedWith, "The companion diagnostic was approved with the approval, to select patients by the biomarker.", [Approval], [CompanionDiagnostic],
            [
                P("date", Date, "Date the device was approved for this use, to the precision known."),
                P("biomarker", Text, "What the test detects for this use, e.g. HER2 (ERBB2) activating mutations."),
                Notes,
            ]),
        new(RelationshipType.SubtypeOf, "The disease is a subtype of the broader disease.", [Disease], [Disease], [Notes]),
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
