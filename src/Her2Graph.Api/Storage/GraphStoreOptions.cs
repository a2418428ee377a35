namespace Her2Graph.Api.Storage;

/// <summary>Where the graph lives and where its seed files are (configuration section <c>Her2Graph:Storage</c>).</summary>
internal sealed class GraphStoreOptions
{
    public const string Section = "Her2Graph:Storage";

    /// <summary>The SQLite file, relative to the working directory; its folder is created when missing.</summary>
    public string SqlitePath { get; set; } = "data/her2graph.db";

    /// <summary>The seed folder loaded into an empty store; found by walking up from the working directory when not set.</summary>
    public string? SeedFolder { get; set; }
}
