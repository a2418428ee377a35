using Her2Graph.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>
/// Permanent faults stop the start with one line naming the file or setting, before anything listens and, for
/// configuration, before anything is written: bad settings and keys, a corrupt or foreign file, an empty store with no seed.
/// </summary>
public sealed class StartupFaultTests
{
    [Theory]
    [InlineData(null, "Her2Graph:Storage:Neo4j:Uri, Her2Graph:Storage:Neo4j:User, Her2Graph:Storage:Neo4j:Password")]
    [InlineData("bolt://localhost:7687", "Her2Graph:Storage:Neo4j:Uri must be the server's http(s) address")]
    public void Neo4jProvider_IncompleteSettings_RefusesNamingTheSettings(string? uri, string expected)
    {
        var settings = new List<(string, string)> { ("Her2Graph:Storage:Provider", "Neo4j") };
        if (uri is not null) settings.AddRange([("Her2Graph:Storage:Neo4j:Uri", uri), ("Her2Graph:Storage:Neo4j:User", "neo4j"), ("Her2Graph:Storage:Neo4j:Password", "secret")]);
        using var api = new StartupApiFactory([.. settings]);

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProvider_RefusesNamingTheSetting()
    {
        using var api = new StartupApiFactory(("Her2Graph:Storage:Provider", "Mongo"));

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains("'Her2Graph:Storage:Provider'", line, StringComparison.Ordinal);
        Assert.False(File.Exists(api.SqlitePath));
    }

    [Fact]
    public void MalformedApiKey_RefusesBeforeTheStoreIsCreated()
    {
        using var api = new StartupApiFactory(("Her2Graph:ApiKeys:0:Id", "curator"), ("Her2Graph:ApiKeys:0:Sha256", "not-hex"));

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains("Her2Graph:ApiKeys", line, StringComparison.Ordinal);
        Assert.False(File.Exists(api.SqlitePath));
    }

    [Fact]
    public async Task CorruptFile_RefusesNamingItAndLeavesItAsItWas()
    {
        using var api = new StartupApiFactory();
        Directory.CreateDirectory(Path.GetDirectoryName(api.SqlitePath)!);
        var garbage = new byte[8192];
        "not a database at all"u8.CopyTo(garbage);
        await File.WriteAllBytesAsync(api.SqlitePath, garbage);

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains($"{api.SqlitePath} is corrupt or not a database", line, StringComparison.Ordinal);
        Assert.Contains("Her2Graph:Storage:SqlitePath", line, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(api.SqlitePath));
    }

    [Fact]
    public async Task ForeignSqliteFile_RefusesNamingItAndLeavesItAsItWas()
    {
        using var api = new StartupApiFactory();
        Directory.CreateDirectory(Path.GetDirectoryName(api.SqlitePath)!);
        await using (var connection = new SqliteConnection($"Data Source={api.SqlitePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);";
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(api.SqlitePath);

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains($"{api.SqlitePath} is a SQLite database but not a Her2Graph graph (it has invoices", line, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(api.SqlitePath));
    }

    [Fact]
    public void EmptyStore_SeedFolderMissing_RefusesNamingTheSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "her2graph-no-such-seed", Guid.NewGuid().ToString("N"));
        using var api = new StartupApiFactory(("Her2Graph:Storage:SeedFolder", missing));

        var line = AssertOneLine(api.RefusedStart());

        Assert.Contains($"the store is empty and Her2Graph:Storage:SeedFolder ({missing}) does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeededStore_SeedFolderMissing_StartsAndServesTheGraph()
    {
        var copy = await SeededCopyAsync();
        using var api = new StartupApiFactory(
            ("Her2Graph:Storage:SqlitePath", copy), ("Her2Graph:Storage:SeedFolder", Path.Combine(Path.GetTempPath(), "her2graph-no-such-seed")));
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ graph { nodeCount } }");

        Assert.Null(response.Json.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null);
        Assert.True(response.Data.GetProperty("graph").GetProperty("nodeCount").GetInt32() > 0);
    }

    [SkippableFact]
    public async Task ReadOnlyFile_RefusesNamingIt()
    {
        var copy = await SeededCopyAsync();
        Skip.IfNot(MakeReadOnly(copy), "this machine cannot make a file read-only for the current user (root without chattr)");
        try
        {
            using var api = new StartupApiFactory(("Her2Graph:Storage:SqlitePath", copy));

            var line = AssertOneLine(api.RefusedStart());

            Assert.Contains($"{copy} cannot be written", line, StringComparison.Ordinal);
            Assert.Contains("Her2Graph:Storage:SqlitePath", line, StringComparison.Ordinal);
        }
        finally
        {
            MakeWritable(copy);
        }
    }

    // A seeded store's file, copied consistently (VACUUM INTO) out of a first API's folder, which goes with that API.
    private static async Task<string> SeededCopyAsync()
    {
        var copy = Path.Combine(Path.GetTempPath(), "her2graph-api-tests", Guid.NewGuid().ToString("N"), "seeded.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        using var first = new ApiFactory();
        using var client = first.CreateGraphQLClient();
        await client.PostAsync("{ graph { nodeCount } }");
        await using var connection = new SqliteConnection($"Data Source={first.SqlitePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $copy;";
        command.Parameters.AddWithValue("$copy", copy);
        await command.ExecuteNonQueryAsync();
        return copy;
    }

    // Root ignores file modes, so there the file is made immutable; elsewhere its mode is read-only.
    private static bool MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
            return true;
        }

        return Run("chattr", "+i", path);
    }

    private static void MakeWritable(string path)
    {
        if (Environment.UserName == "root") Run("chattr", "-i", path);
        else if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static bool Run(string command, params string[] arguments)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string AssertOneLine(string printed)
    {
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Her2Graph cannot start: ", line, StringComparison.Ordinal);
        return line;
    }
}
