namespace Her2Graph.Domain.Graph;

/// <summary>The kinds of node in the HER2 graph. The names are the GraphQL type names.</summary>
public enum NodeKind
{
    Gene,
    Variant,
    VariantClass,
    Drug,
    Trial,
    AdverseEvent,
    ResistanceMechanism,
    Publication,
    TrialArm,
    Approval,
    Disease,
    CompanionDiagnostic,
    Pathway,
}
