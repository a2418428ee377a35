using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Seeding.Tests.Cli;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TempSeedFolder _seed = new TempSeedFolder().WithValidGraph();

    public void Dispose()
    {
        // The command closes its store, but the pool may keep the file open until cleared.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _seed.Dispose();
    }

    [Fact]
    public async Task Seed_ValidFolder_ImportsAndExitsZero()
    {
        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("graph-seed/nodes/drugs.yaml: 2 Drug nodes", run.Out, StringComparison.Ordinal);
        Assert.Contains($"written: nodes {SeedFiles.NodeCount} created", run.Out, StringComparison.Ordinal);
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(_seed.DatabasePath), CancellationToken.None);
        Assert.Equal(2, (await store.GetStatisticsAsync(CancellationToken.None)).NodeCounts[NodeKind.Drug]);
    }

    [Fact]
    public async Task Seed_DatabaseIsAnotherApplications_PrintsOneLineExitsOneAndLeavesIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_seed.DatabasePath)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_seed.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE orders (id INTEGER PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(_seed.DatabasePath);

        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"her2graph seed: {_seed.DatabasePath} is a SQLite database but not a Her2Graph graph (it has orders and no graph_meta)"], run.ErrorLines);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(_seed.DatabasePath));
    }

    [Fact]
    public async Task Seed_NoFolderOrDatabaseGiven_FindsGraphSeedAboveAndWritesDataHer2GraphDb()
    {
        var workingDirectory = Directory.CreateDirectory(Path.Combine(_seed.Root, "work")).FullName;

        var run = await CommandRun.RunAsync(workingDirectory, "seed");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "her2graph.db")));
    }

    [Fact]
    public async Task Seed_InvalidFolder_PrintsEachErrorAndTheCountAndExitsOne()
    {
        _seed.Write("relationships/targets.yaml", SeedFiles.Targets.Replace("[PMID:34534430]", "[PMID:3453443O]", StringComparison.Ordinal))
            .Write("nodes/genes.yaml", SeedFiles.Genes.Replace("id: \"2064\"", "id: \"many\"", StringComparison.Ordinal));

        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "graph-seed/nodes/genes.yaml:10: MALFORMED_XREF 'many' is not a well-formed ncbi-gene id: expected e.g. 2064",
                "graph-seed/relationships/targets.yaml:7: MALFORMED_CITATION malformed PMID 'PMID:3453443O': expected PMID:<digits>, e.g. PMID:34534430",
                "2 errors",
            ],
            run.ErrorLines);
        Assert.Contains("validation: 2 errors; nothing written", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_DryRunWithoutDatabase_ValidatesAndCreatesNoDatabase()
    {
        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run: nothing written", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_seed.DatabasePath));
    }

    [Theory]
    [InlineData("seed", "--frobnicate")]
    [InlineData("seed", "a", "b")]
    [InlineData("seed", "--db")]
    [InlineData("seed", "no-such-folder")]
    [InlineData("seed", "--db", "other.db", "--to", "http://localhost:5000")]
    [InlineData("seed", "--key", "k")]
    [InlineData("seed", "--to", "ftp://localhost")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Seed_BadCommandLine_PrintsUsageAndExitsTwo(params string[] args)
    {
        var run = await CommandRun.RunAsync(_seed.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:" + Environment.NewLine + "  her2graph ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("seed", "--help")]
    [InlineData("--help")]
    public async Task Seed_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var run = await CommandRun.RunAsync(_seed.Root, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:" + Environment.NewLine + "  her2graph ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_NoFolderGivenAndNoneAbove_SaysSoAndExitsTwo()
    {
        Directory.Delete(_seed.Folder, recursive: true);

        var run = await CommandRun.RunAsync(_seed.Root, "seed");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"her2graph seed: no graph-seed folder at or above {_seed.Root}", run.Error, StringComparison.Ordinal);
    }
}
