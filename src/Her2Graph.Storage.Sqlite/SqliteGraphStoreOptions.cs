namespace Her2Graph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its graph.</summary>
/// <param name="DatabasePath">The SQLite file; created, with its schema, when it does not exist.</param>
public sealed record SqliteGraphStoreOptions(string DatabasePath);
