namespace Her2Graph.Api.Auth;

/// <summary>
/// One API key as configured (an entry of <c>Her2Graph:ApiKeys</c>). Only the key's SHA-256 is kept, so a leaked
/// configuration file does not leak a usable key.
/// </summary>
internal sealed class ApiKeyEntry
{
    /// <summary>Who holds the key: recorded as the actor of every write made with it (audit stamps, change log).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Lower- or upper-case hex of the SHA-256 of the key's UTF-8 bytes: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>What the key may do, e.g. <c>curator</c>.</summary>
    public List<string> Roles { get; set; } = [];
}
