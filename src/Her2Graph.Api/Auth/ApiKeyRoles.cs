namespace Her2Graph.Api.Auth;

/// <summary>The roles an API key can carry.</summary>
internal static class ApiKeyRoles
{
    /// <summary>May run mutations: write nodes and relationships, import batches.</summary>
    public const string Curator = "curator";
}
