namespace Her2Graph.Api.Storage;

/// <summary>Where the graph lives and where its seed files are (configuration section <c>Her2Graph:Storage</c>).</summary>
internal sealed class GraphStoreOptions
{
    public const string Section = "Her2Graph:Storage";

    /// <summary>Which store: the embedded SQLite file (the default, nothing to install) or a Neo4j server.</summary>
    public GraphStoreProvider Provider { get; set; } = GraphStoreProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory; its folder is created when missing.</summary>
    public string SqlitePath { get; set; } = "data/her2graph.db";

    /// <summary>The Neo4j server, when <see cref="Provider"/> is <see cref="GraphStoreProvider.Neo4j"/>.</summary>
    public Neo4jSettings Neo4j { get; set; } = new();

    /// <summary>The seed folder loaded into an empty store; found by walking up from the working directory when not set.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>The wait before the first retry when the store did not answer at start; doubled after each failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
