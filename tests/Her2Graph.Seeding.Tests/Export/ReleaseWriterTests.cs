using System.Security.Cryptography;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;
using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>Release bundles: every format, a manifest with counts and checksums, a changelog since the release before.</summary>
public sealed class ReleaseWriterTests
{
    [Fact]
    public async Task Release_SeededStore_WritesEveryFormatWithChecksumsCountsAndChangelog()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("store");
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        var version = await store.GetVersionAsync(CancellationToken.None);
        var bundle = temp.PathOf("releases/2026.12");

        var manifest = await ReleaseWriter.WriteAsync(store, "2026.12", bundle, FixedClock.Default, null, CancellationToken.None);

        Assert.Equal(("2026.12", version.GraphId, version.Number, FixedClock.Default.GetUtcNow()), (manifest.Name, manifest.GraphId, manifest.GraphVersion, manifest.CreatedAt));
        Assert.Null(manifest.Previous);
        Assert.Equal(statistics.NodeCounts.Values.Sum(), manifest.NodeCounts["total"]);
        Assert.Equal(statistics.RelationshipCounts[RelationshipType.HasAdverseEvent], manifest.RelationshipCounts["HAS_ADVERSE_EVENT"]);
        var onDisk = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(bundle, p).Replace('\\', '/'))
            .Where(p => p != ReleaseManifest.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, manifest.Files.Select(f => f.Path));
        foreach (var file in manifest.Files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(bundle, file.Path));
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length), (file.Sha256, file.Bytes));
        }

        Assert.Contains(manifest.Files, f => f.Path == $"her2graph-v{version.Number}.graphml");
        Assert.Contains(manifest.Files, f => f.Path.StartsWith($"her2graph-v{version.Number}-seed/nodes/", StringComparison.Ordinal));
        Assert.Contains(manifest.Files, f => f.Path == ReleaseWriter.ChangelogFileName);
        Assert.Equivalent(manifest, await ReleaseManifest.TryReadAsync(Path.Combine(bundle, ReleaseManifest.FileName), CancellationToken.None), strict: true);
        var changelog = await File.ReadAllTextAsync(Path.Combine(bundle, ReleaseWriter.ChangelogFileName));
        Assert.Contains("since the graph was created", changelog, StringComparison.Ordinal);
        Assert.Contains($"## Version {version.Number}", changelog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_AfterAnEarlierRelease_NamesItAndListsOnlyTheLaterChanges()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("store");
        var first = await ReleaseWriter.WriteAsync(store, "first", temp.PathOf("releases/first"), FixedClock.Default, null, CancellationToken.None);
        var node = new GraphNode("GENE-ADDED-AFTER-FIRST", NodeKind.Gene, "added after the first release", [], PropertyBag.Empty, new Provenance([], VerificationStatus.Unverified));
        await store.WriteAsync(GraphWrite.Upsert([node], [], new WriteContext("alice", FixedClock.Default.GetUtcNow(), "a new gene")), CancellationToken.None);

        var second = await ReleaseWriter.WriteAsync(store, "second", temp.PathOf("releases/second"), FixedClock.Default, null, CancellationToken.None);

        Assert.Equal(new ReleaseReference("first", first.GraphVersion), second.Previous);
        Assert.Equal(first.GraphVersion + 1, second.GraphVersion);
        var changelog = await File.ReadAllTextAsync(temp.PathOf("releases/second/CHANGELOG.md"));
        Assert.Contains("since release `first`", changelog, StringComparison.Ordinal);
        Assert.Contains("- created node `GENE-ADDED-AFTER-FIRST`", changelog, StringComparison.Ordinal);
        Assert.Contains("by `alice`: a new gene", changelog, StringComparison.Ordinal);
        Assert.DoesNotContain($"## Version {first.GraphVersion}\n", changelog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_IntoAFolderThatHoldsFiles_IsRefused()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("store");
        Directory.CreateDirectory(temp.PathOf("releases/taken"));
        await File.WriteAllTextAsync(temp.PathOf("releases/taken/notes.txt"), "mine");

        var error = await Assert.ThrowsAsync<IOException>(() => ReleaseWriter.WriteAsync(store, "taken", temp.PathOf("releases/taken"), null, CancellationToken.None));

        Assert.Contains("never overwritten", error.Message, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.PathOf("releases/taken")));
    }
}
