using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>The outcome of validating a batch: every error found, or the batch converted to graph entities ready to write.</summary>
/// <param name="Errors">Every problem, in the order of the input; empty when the batch is valid.</param>
/// <param name="Nodes">The converted nodes, in input order; empty when there is any error.</param>
/// <param name="Relationships">The converted relationships, in input order; empty when there is any error.</param>
public sealed record GraphValidationResult(
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships)
{
    public bool IsValid => Errors.Count == 0;
}
