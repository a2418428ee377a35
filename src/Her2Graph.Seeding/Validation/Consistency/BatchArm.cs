namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>A TrialArm node of the batch and where its id is written.</summary>
internal sealed record BatchArm(string Id, string Location);
