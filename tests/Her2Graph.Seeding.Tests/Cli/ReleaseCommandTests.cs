using System.Security.Cryptography;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary><c>her2graph release NAME [--from STORE] [--out DIR]</c> in-process on a store seeded from the repository's seed.</summary>
public sealed class ReleaseCommandTests : IDisposable
{
    private readonly SeededStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Release_SeededStore_WritesABundleWhoseManifestHoldsTheGraphCountsAndChecksums()
    {
        await _stores.SeedAsync("source.db");
        var (version, statistics) = await _stores.ReadAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, "release", "2026.12", "--from", "source.db");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var bundle = Path.Combine(_stores.Root, ReleaseCommandFolder, "2026.12");
        var manifest = await ReleaseManifest.TryReadAsync(Path.Combine(bundle, ReleaseManifest.FileName), CancellationToken.None);
        Assert.NotNull(manifest);
        Assert.Equal(("2026.12", version.GraphId, version.Number), (manifest.Name, manifest.GraphId, manifest.GraphVersion));
        Assert.Equal(statistics.NodeCounts.Values.Sum(), manifest.NodeCounts["total"]);
        Assert.Equal(statistics.RelationshipCounts.Values.Sum(), manifest.RelationshipCounts["total"]);
        Assert.Null(manifest.Previous);
        Assert.Contains(manifest.Files, f => f.Path == ReleaseWriter.ChangelogFileName);
        var first = manifest.Files[0];
        Assert.Equal(first.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(bundle, first.Path)))));
        Assert.Contains(
            $"release 2026.12: graph {version.GraphId} version {version.Number}, {manifest.NodeCounts["total"]} nodes, {manifest.RelationshipCounts["total"]} relationships",
            run.Out,
            StringComparison.Ordinal);
        Assert.Contains($"written: {bundle} ({manifest.Files.Count} files checksummed in manifest.json)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_OutFolder_HoldsTheBundleUnderItsName()
    {
        await _stores.SeedAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, "release", "first", "--from", "source.db", "--out", "published");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_stores.Root, "published", "first", ReleaseManifest.FileName)));
    }

    [Fact]
    public async Task Release_NameThatExists_IsRefusedWithOneLineAndLeavesTheBundle()
    {
        await _stores.SeedAsync("source.db");
        await CommandRun.RunAsync(_stores.Root, "release", "2026.12", "--from", "source.db");
        var manifest = Path.Combine(_stores.Root, ReleaseCommandFolder, "2026.12", ReleaseManifest.FileName);
        var before = await File.ReadAllBytesAsync(manifest);

        var run = await CommandRun.RunAsync(_stores.Root, "release", "2026.12", "--from", "source.db");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("exists and is not empty", line, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(manifest));
    }

    [Theory]
    [InlineData("release")]
    [InlineData("release", "a/b")]
    public async Task Release_NoNameOrNotAFolderName_IsAUsageError(params string[] args)
    {
        var run = await CommandRun.RunAsync(_stores.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(_stores.PathOf(ReleaseCommandFolder)));
    }

    private const string ReleaseCommandFolder = "releases";
}
