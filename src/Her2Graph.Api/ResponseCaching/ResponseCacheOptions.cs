namespace Her2Graph.Api.ResponseCaching;

/// <summary>The whole-response cache (configuration section <c>Her2Graph:ResponseCache</c>), on by default.</summary>
internal sealed class ResponseCacheOptions
{
    public const string Section = "Her2Graph:ResponseCache";

    /// <summary>Off: every request executes (its store reads still go through the read cache).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Upper bound of this process's cached answers, in bytes of their <c>data</c> JSON and keys.</summary>
    public long SizeLimit { get; set; } = 32L * 1024 * 1024;
}
