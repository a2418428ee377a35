using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// Levels from Approval nodes APPROVED_FOR a covering node: A (FDA, this tumour type), C (FDA, another tumour type),
/// undetermined (another regulator; or no disease recorded). Only Approval nodes count: regulatory notes are not read.
/// </summary>
internal static class ApprovalRules
{
    public static IEnumerable<Candidate> Apply(ActionabilityGraph graph, CoveringNode cover, TumourType tumour, Func<GraphNode, bool> wanted, FindingFactory factory)
    {
        foreach (var approvedFor in graph.Incoming(cover.Node.Id, ApprovedFor))
        {
            if (graph.Node(approvedFor.FromId) is not { Kind: NodeKind.Approval } approval) continue;
            var authority = approval.Properties.GetText("authority") ?? "not recorded";
            var isFda = string.Equals(authority, "FDA", StringComparison.OrdinalIgnoreCase);
            foreach (var approves in graph.Outgoing(approval.Id, Approves))
            {
                if (graph.Node(approves.ToId) is not { } drug || !wanted(drug)) continue;
                var diseases = graph.Outgoing(approval.Id, InDisease).ToList();
                var what = $"{approval.Name} (authority {authority}) APPROVES {drug.Name} and is APPROVED_FOR {cover.Node.Name}";
                if (diseases.Count == 0)
                {
                    yield return factory.Make(approval.Id, drug, ActionabilityRules.ApprovalDiseaseNotRecorded, ResponseDirection.Sensitivity,
                        $"{what}, but records no disease (IN_DISEASE); its indication text is not read, so whether it is for this tumour type (level A) or another (level C) is undetermined.",
                        cover, Triggers(approval, [approvedFor, approves]));
                    continue;
                }

                foreach (var inDisease in diseases)
                {
                    var diseaseName = graph.Node(inDisease.ToId)?.Name ?? inDisease.ToId;
                    var subtypePath = tumour.PathFrom(inDisease.ToId);
                    var triggers = Triggers(approval, [approvedFor, approves, inDisease, .. subtypePath ?? []]);
                    var where = subtypePath is null ? $"IN_DISEASE {diseaseName}, not {tumour.DiseaseId} nor a subtype of it" : Within(diseaseName, tumour, subtypePath);
                    if (!isFda)
                    {
                        yield return factory.Make(approval.Id, drug, ActionabilityRules.NonFdaApproval, ResponseDirection.Sensitivity,
                            $"{what}, {where}; Li 2017 levels A and C name FDA approval, so an approval by {authority} gives no level by itself, and whether professional guidelines list the use (level A) is not in the graph.",
                            cover, triggers);
                    }
                    else if (subtypePath is null)
                    {
                        yield return factory.Make(approval.Id, drug, ActionabilityRules.FdaApprovalOtherTumour, ResponseDirection.Sensitivity,
                            $"{what}, {where}: an FDA-approved therapy for a different type of tumour (Li 2017 level C).", cover, triggers);
                    }
                    else
                    {
                        yield return factory.Make(approval.Id, drug, ActionabilityRules.FdaApprovalSameTumour, ResponseDirection.Sensitivity,
                            $"{what}, {where}: an FDA-approved therapy for this type of tumour (Li 2017 level A).", cover, triggers);
                    }
                }
            }
        }
    }

    private static string Within(string diseaseName, TumourType tumour, IReadOnlyList<GraphRelationship> path) =>
        path.Count == 0 ? $"IN_DISEASE {diseaseName}" : $"IN_DISEASE {diseaseName}, a SUBTYPE_OF {tumour.DiseaseId}";

    private static ActionabilityTriggers Triggers(GraphNode approval, IReadOnlyList<GraphRelationship> relationships) =>
        new([approval], [], [], [], relationships);
}
