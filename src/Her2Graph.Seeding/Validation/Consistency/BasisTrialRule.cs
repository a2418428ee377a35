using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// An approval's basis trials evaluate the approved drug: Approval -APPROVES-> D and -BASED_ON-> T require
/// T -HAS_ARM-> an arm -EVALUATES-> D. Reported at the BASED_ON record, or at the APPROVES that adds a drug to an
/// approval whose basis is already in the graph.
/// </summary>
internal static class BasisTrialRule
{
    public static void Check(EvidenceLinks links, ErrorList errors)
    {
        foreach (var basedOn in links.OfType(RelationshipType.BasedOn))
        {
            var evaluated = links.From(RelationshipType.HasArm, basedOn.To)
                .SelectMany(arm => links.From(RelationshipType.Evaluates, arm.To))
                .Select(e => e.To)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var approves in links.From(RelationshipType.Approves, basedOn.From).Where(a => a.InBatch || basedOn.InBatch))
            {
                if (evaluated.Contains(approves.To)) continue;
                errors.Add(ErrorCodes.BasisTrialWithoutDrug, basedOn.Location ?? approves.Location!,
                    $"approval '{basedOn.From}' rests on trial '{basedOn.To}' (BASED_ON {basedOn.Where}), but no arm of that trial EVALUATES '{approves.To}', "
                    + $"the drug it approves (APPROVES {approves.Where}): name the trial the approval rests on, or add the arm that gave the drug");
            }
        }
    }
}
