namespace Her2Graph.Api.Export;

/// <summary>Downloads of the whole graph (<c>Her2Graph:Export</c>).</summary>
internal sealed class ExportOptions
{
    public const string Section = "Her2Graph:Export";

    /// <summary>Where built exports are kept, by graph id and version; a temporary folder of this machine by default.</summary>
    public string CacheFolder { get; set; } = Path.Combine(Path.GetTempPath(), "her2graph-exports");

    /// <summary>
    /// What a download costs from the client's read budget (Her2Graph:RateLimits), in cost points: by default a fifth
    /// of an anonymous client's budget, so five downloads at once and then one every two seconds.
    /// </summary>
    public int DownloadCost { get; set; } = 10_000;
}
