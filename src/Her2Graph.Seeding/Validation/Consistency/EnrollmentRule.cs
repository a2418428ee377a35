using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// A trial that reports figures for a population enrolls it: Trial -HAS_ARM-> arm -STUDIES-> X requires
/// Trial -ENROLLS-> X, or an ENROLLS of a class X is a member of (patients of a subgroup of an enrolled class were
/// enrolled). Reported at the STUDIES record (where the population is claimed), or at the HAS_ARM that joins an arm
/// already in the graph to a trial that does not enroll its population.
/// </summary>
internal static class EnrollmentRule
{
    public static void Check(EvidenceLinks links, ErrorList errors)
    {
        foreach (var hasArm in links.OfType(RelationshipType.HasArm))
        {
            foreach (var studies in links.From(RelationshipType.Studies, hasArm.To).Where(s => s.InBatch || hasArm.InBatch))
            {
                var enrolled = links.From(RelationshipType.Enrolls, hasArm.From).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
                if (links.SelfAndClasses(studies.To).Overlaps(enrolled)) continue;
                errors.Add(ErrorCodes.PopulationNotEnrolled, studies.Location ?? hasArm.Location!,
                    $"arm '{hasArm.To}' of trial '{hasArm.From}' has figures for '{studies.To}' (STUDIES {studies.Where}), but the trial does not ENROLL it "
                    + $"nor a class it is a member of: add {hasArm.From} -ENROLLS-> {studies.To} where the trial's population says so");
            }
        }
    }
}
