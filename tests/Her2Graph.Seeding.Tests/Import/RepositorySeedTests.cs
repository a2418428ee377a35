using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Seeding.Tests.Import;

/// <summary>The repository's graph-seed folder: valid, and imported with the counts its README states.</summary>
public sealed class RepositorySeedTests
{
    // These must match the "Counts" section of graph-seed/README.md.
    private static readonly Dictionary<NodeKind, int> ExpectedNodes = new()
    {
        [Gene] = 15,
        [Variant] = 18,
        [VariantClass] = 4,
        [Drug] = 21,
        [Trial] = 27,
        [AdverseEvent] = 21,
        [ResistanceMechanism] = 13,
        [Publication] = 1,
        [TrialArm] = 61,
        [Approval] = 8,
        [Disease] = 3,
        [CompanionDiagnostic] = 2,
        [Pathway] = 2,
    };

    private static readonly Dictionary<RelationshipType, int> ExpectedRelationships = new()
    {
        [InGene] = 22,
        [Targets] = 30,
        [SensitiveTo] = 8,
        [ResistantTo] = 1,
        [Evaluates] = 69,
        [Enrolls] = 33,
        [HasAdverseEvent] = 46,
        [ConfersResistanceTo] = 21,
        [Involves] = 33,
        [MemberOf] = 17,
        [ApprovedFor] = 8,
        [Mentions] = 6,
        [CoAlteredWith] = 3,
        [HasArm] = 61,
        [Studies] = 63,
        [Approves] = 8,
        [BasedOn] = 8,
        [InDisease] = 31,
        [ApprovedWith] = 4,
        [SubtypeOf] = 2,
        [OvercomeBy] = 1,
        [InPathway] = 7,
    };

    [Fact]
    public async Task Check_RepositoryGraphSeed_HasNoErrors()
    {
        var report = await SeedChecks.ReportAsync(RepositorySeed.Folder);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(196, ExpectedNodes.Values.Sum());
        Assert.Equal(482, ExpectedRelationships.Values.Sum());
    }

    [Fact]
    public async Task ImportAsync_RepositoryGraphSeed_WritesTheReadmeCountsAndIsIdempotent()
    {
        using var temp = new TempSeedFolder();
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(temp.DatabasePath), CancellationToken.None);
        var importer = new SeedImporter(store, FixedClock.Default);

        var first = await importer.ImportAsync(RepositorySeed.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        var second = await importer.ImportAsync(RepositorySeed.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExpectedNodes, first.NodeCounts);
        Assert.Equal(ExpectedRelationships, first.RelationshipCounts);
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(ExpectedNodes, statistics.NodeCounts);
        Assert.Equal(ExpectedRelationships, statistics.RelationshipCounts);
        var (nodes, relationships) = (ExpectedNodes.Values.Sum(), ExpectedRelationships.Values.Sum());
        Assert.Equal(new WriteResult(1, new WriteCounts(nodes, 0, 0, 0), new WriteCounts(relationships, 0, 0, 0)), first.Write);
        Assert.Equal(new WriteResult(1, new WriteCounts(0, 0, nodes, 0), new WriteCounts(0, 0, relationships, 0)), second.Write);
    }
}
