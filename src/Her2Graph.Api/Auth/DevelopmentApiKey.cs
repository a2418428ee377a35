namespace Her2Graph.Api.Auth;

/// <summary>
/// The curator key documented in README.md for local development. Its hash is configured in
/// appsettings.Development.json only, and the API refuses to start in any other environment with it configured: a key
/// everyone knows must never open a deployed API.
/// </summary>
internal static class DevelopmentApiKey
{
    /// <summary>The documented key's SHA-256, hex: the hash of <c>her2graph-dev-curator-key</c>.</summary>
    public const string Sha256 = "3766500e890b4f25e8b6e9feb7855245d2af580087c2eefec3df3894285bbdcc";
}
