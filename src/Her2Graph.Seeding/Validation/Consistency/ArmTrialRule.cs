using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>A TrialArm has exactly one incoming HAS_ARM: an arm is a cohort of one trial, and its figures are that trial's.</summary>
internal static class ArmTrialRule
{
    public static void Check(EvidenceLinks links, IReadOnlyList<BatchArm> arms, ErrorList errors)
    {
        foreach (var arm in arms.Where(a => links.Into(RelationshipType.HasArm, a.Id).Count == 0))
        {
            errors.Add(ErrorCodes.ArmWithoutTrial, arm.Location,
                $"TrialArm '{arm.Id}' has no HAS_ARM: link it from its trial (Trial -HAS_ARM-> TrialArm), so that its figures belong to one trial");
        }

        foreach (var group in links.OfType(RelationshipType.HasArm).GroupBy(l => l.To).Where(g => g.Count() > 1))
        {
            // The one already in the graph (or else the first written) is the arm's trial; each other one of the batch is refused.
            var first = group.OrderBy(l => l.InBatch).First();
            foreach (var extra in group.Where(l => l != first && l.InBatch))
            {
                errors.Add(ErrorCodes.ArmInTwoTrials, extra.Location!,
                    $"TrialArm '{extra.To}' already has a HAS_ARM from '{first.From}' {first.Where}: an arm belongs to exactly one trial; give each trial (or each cohort) its own arm");
            }
        }
    }
}
