using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>Constructing the store touches no file; ensuring the schema refuses what is not a Her2Graph file, before writing to it.</summary>
public sealed class SqliteOpeningTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public void Constructor_NoFile_CreatesNothing()
    {
        using var store = new SqliteGraphStore(_database.Options);

        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task EnsureSchema_NewFile_CreatesTheGraph()
    {
        using var store = new SqliteGraphStore(_database.Options);

        await store.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(0, (await store.GetVersionAsync(CancellationToken.None)).Number);
    }

    [Fact]
    public async Task EnsureSchema_FileThatIsNotADatabase_ThrowsNotADatabaseAndLeavesTheFile()
    {
        var garbage = "this is a text file, not a database"u8.ToArray().Concat(new byte[4096]).ToArray();
        await File.WriteAllBytesAsync(_database.Path, garbage);
        using var store = new SqliteGraphStore(_database.Options);

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.Equal(26, error.SqliteErrorCode);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_database.Path));
    }

    [Fact]
    public async Task EnsureSchema_ForeignSqliteDatabase_ThrowsNamingItsTablesAndLeavesItUntouched()
    {
        await using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');";
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(_database.Path);
        using var store = new SqliteGraphStore(_database.Options);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.Contains("not a Her2Graph graph", error.Message, StringComparison.Ordinal);
        Assert.Contains("customers", error.Message, StringComparison.Ordinal);
        Assert.Contains(_database.Path, error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(_database.Path));
        Assert.False(File.Exists(_database.Path + "-wal"));
    }

    public void Dispose() => _database.Dispose();
}
