using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Import;

/// <summary>What an import read, found wrong, and wrote.</summary>
/// <param name="Files">What each file held, in the order read.</param>
/// <param name="Errors">Every error, by file and line; when there is any, nothing was written.</param>
/// <param name="NodeCounts">Nodes in the folder per kind, every kind included; empty when there are errors.</param>
/// <param name="RelationshipCounts">Relationships in the folder per type, every type included; empty when there are errors.</param>
/// <param name="Write">What the store did; null when nothing was written (errors, or a dry run).</param>
public sealed record SeedReport(
    IReadOnlyList<SeedFileSummary> Files,
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyDictionary<NodeKind, int> NodeCounts,
    IReadOnlyDictionary<RelationshipType, int> RelationshipCounts,
    WriteResult? Write)
{
    public bool IsValid => Errors.Count == 0;
}
