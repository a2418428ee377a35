namespace Her2Graph.Api.Auth;

/// <summary>Names of the API key authentication scheme and its configuration.</summary>
internal static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string Section = "Her2Graph:ApiKeys";
}
