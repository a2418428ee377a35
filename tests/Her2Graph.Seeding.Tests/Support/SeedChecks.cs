using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Support;

/// <summary>Validates a folder without a store and returns its errors in the short form tests compare.</summary>
internal static class SeedChecks
{
    /// <summary>Every error as <c>location: CODE</c>, in report order.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder) =>
        (await ReportAsync(folder)).Errors.Select(e => $"{e.Location}: {e.Code}").ToList();

    public static Task<SeedReport> ReportAsync(string folder) =>
        SeedImporter.CheckAsync(folder, ExistingNodes.None, TextWriter.Null, CancellationToken.None);
}
