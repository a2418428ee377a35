namespace Her2Graph.Seeding.Import;

/// <summary>How to run an import.</summary>
/// <param name="DryRun">Read and validate, report, and write nothing.</param>
/// <param name="Comment">Why, for the change log; defaults to <c>import of &lt;folder name&gt;</c>.</param>
/// <param name="Progress">Told of each file read and of validation and writing starting and ending; null for none.</param>
public sealed record SeedOptions(bool DryRun = false, string? Comment = null, IProgress<ImportProgress>? Progress = null);
