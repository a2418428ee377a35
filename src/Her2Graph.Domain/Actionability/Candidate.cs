namespace Her2Graph.Domain.Actionability;

/// <summary>A finding with the key of the fact that triggered it, so that one fact met through two classes gives one finding (the nearest).</summary>
internal sealed record Candidate(ActionabilityFinding Finding, string TriggerKey)
{
    public (string Rule, string Drug, string Trigger) Identity => (Finding.Rule.Name, Finding.Drug.Id, TriggerKey);
}
