namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// The rules between records a curator would expect (graph-seed/README.md), checked on the batch and, for a
/// mutation, on the graph around it. Only what the batch writes is judged: a rule broken by records already in the
/// graph alone is not this batch's error.
/// </summary>
internal static class ConsistencyRules
{
    public static void Check(EvidenceLinks links, IReadOnlyList<BatchArm> arms, KnownNodes known, ErrorList errors)
    {
        ArmTrialRule.Check(links, arms, errors);
        EnrollmentRule.Check(links, errors);
        BasisTrialRule.Check(links, errors);
        ArmMatchRule.Check(links, known, errors);
    }
}
