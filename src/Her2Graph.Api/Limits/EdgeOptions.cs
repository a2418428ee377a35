namespace Her2Graph.Api.Limits;

/// <summary>What the API shows of itself (section <c>Her2Graph:GraphQL</c>) and which browser origins may call it (<c>Her2Graph:Cors</c>).</summary>
internal sealed class EdgeOptions
{
    public const string GraphQLSection = "Her2Graph:GraphQL";
    public const string CorsSection = "Her2Graph:Cors";

    /// <summary>Whether <c>__schema</c>/<c>__type</c> answer; when off, error messages stop suggesting names too.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Origins allowed to call from a browser (<c>Her2Graph:Cors:Origins</c>); none by default, so no CORS headers at all.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
