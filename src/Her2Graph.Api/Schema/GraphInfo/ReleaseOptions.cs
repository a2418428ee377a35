namespace Her2Graph.Api.Schema.GraphInfo;

/// <summary>
/// Where the API finds release bundles (<c>Her2Graph:Releases:Folder</c>): a folder of <c>&lt;name&gt;/manifest.json</c>
/// as <c>her2graph release</c> writes them. Unset: the API knows of no release and reports none.
/// </summary>
internal sealed class ReleaseOptions
{
    public const string Section = "Her2Graph:Releases";

    public string? Folder { get; set; }

    /// <summary>How long a read of the folder is reused: a release written while the API runs shows within this.</summary>
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromSeconds(10);
}
