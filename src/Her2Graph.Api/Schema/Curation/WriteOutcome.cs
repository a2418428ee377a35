using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>What a validated write did, or would do in a dry run, or every reason it was refused.</summary>
/// <param name="Errors">Every problem found; when there is any, nothing was written and the rest is empty.</param>
/// <param name="Nodes">The batch's nodes as stored after the write (in a dry run: as they would be written), in input order.</param>
/// <param name="Relationships">The batch's relationships, likewise.</param>
/// <param name="Result">The store's result; in a dry run, the counts it would report and the current version.</param>
internal sealed record WriteOutcome(
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    WriteResult Result)
{
    public bool IsValid => Errors.Count == 0;

    public static WriteOutcome Refused(IReadOnlyList<ValidationError> errors, long version) =>
        new(errors, [], [], new WriteResult(version, WriteCounts.None, WriteCounts.None));
}
