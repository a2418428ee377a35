using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary><c>her2graph export --format FORMAT --out DIR [--from STORE]</c> in-process on a store seeded from the repository's seed.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly SeededStores _stores = new();

    public void Dispose() => _stores.Dispose();

    public static TheoryData<string> Formats() => [.. GraphExporter.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Export_EachFormat_WritesItsFilesAndReportsTheCounts(string format)
    {
        await _stores.SeedAsync("source.db");
        var (version, statistics) = await _stores.ReadAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, "export", "--format", format, "--out", "exports", "--from", "source.db");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains(
            $"exported: {statistics.NodeCounts.Values.Sum()} nodes, {statistics.RelationshipCounts.Values.Sum()} relationships of graph {version.GraphId} version {version.Number}",
            run.Out,
            StringComparison.Ordinal);
        var written = Assert.Single(run.Out.ReplaceLineEndings("\n").Split('\n'), line => line.StartsWith("written: ", StringComparison.Ordinal));
        var root = written["written: ".Length..written.LastIndexOf(" (", StringComparison.Ordinal)];
        Assert.StartsWith(Path.Combine(_stores.Root, "exports", $"her2graph-v{version.Number}"), root, StringComparison.Ordinal);
        Assert.True(File.Exists(root) || Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Any(), $"nothing at {root}");
        Assert.Contains($"write {format}: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NoFrom_ReadsTheDefaultSqliteFileSeedWrites()
    {
        var seeded = await CommandRun.RunAsync(_stores.Root, "seed", Support.RepositorySeed.Folder);
        Assert.Equal(0, seeded.ExitCode);

        var run = await CommandRun.RunAsync(_stores.Root, "export", "--format", "json", "--out", "exports");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains($"exporting {Path.Combine(_stores.Root, "data", "her2graph.db")} as json", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'xml'", "export", "--format", "xml", "--out", "exports", "--from", "source.db")]
    [InlineData("--out", "export", "--format", "json", "--from", "source.db")]
    [InlineData("no SQLite store at", "export", "--format", "json", "--out", "exports", "--from", "missing.db")]
    public async Task Export_BadCommandLine_IsAUsageErrorThatWritesNothing(string reason, params string[] args)
    {
        await _stores.SeedAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_stores.PathOf("exports")));
    }
}
