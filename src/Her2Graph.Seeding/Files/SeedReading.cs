using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Files;

/// <summary>A seed folder as read: the batch for the validator, what each file held, and the errors of reading (syntax, unknown fields).</summary>
public sealed record SeedReading(GraphInput Input, IReadOnlyList<SeedFileSummary> Files, IReadOnlyList<ValidationError> Errors);
