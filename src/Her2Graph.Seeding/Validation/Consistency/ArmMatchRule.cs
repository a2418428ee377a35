using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// The <c>arm</c> of a SENSITIVE_TO or RESISTANT_TO is the arm whose figures show it: it EVALUATES the drug and
/// STUDIES the variant or class (or a class the variant is a member of). Reported at the arm property.
/// </summary>
internal static class ArmMatchRule
{
    public static void Check(EvidenceLinks links, KnownNodes known, ErrorList errors)
    {
        foreach (var claim in links.All.Where(l => l.InBatch && l.Arm is not null))
        {
            var arm = claim.Arm!;
            // A missing arm or one of another kind is reported by the reference check already.
            if (known.KindOf(arm.Value) != NodeKind.TrialArm) continue;
            var type = claim.Type.ToWireName();
            if (links.From(RelationshipType.Evaluates, arm.Value).All(e => e.To != claim.To))
            {
                errors.Add(ErrorCodes.ArmMismatch, arm.Location,
                    $"arm '{arm.Value}' of this {type} does not EVALUATE '{claim.To}': name the arm whose regimen has the drug");
            }

            var population = links.SelfAndClasses(claim.From);
            var studied = links.From(RelationshipType.Studies, arm.Value).Select(s => s.To).ToList();
            if (!studied.Any(population.Contains))
            {
                var what = studied.Count == 0 ? "studies no population (no STUDIES)" : $"STUDIES {string.Join(", ", studied.Select(s => $"'{s}'"))}";
                errors.Add(ErrorCodes.ArmMismatch, arm.Location,
                    $"arm '{arm.Value}' of this {type} {what}, not '{claim.From}' nor a class it is a member of: name the arm whose figures are for that population");
            }
        }
    }
}
