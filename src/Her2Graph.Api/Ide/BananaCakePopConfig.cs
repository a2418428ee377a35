using System.Text.Json.Serialization;

namespace Her2Graph.Api.Ide;

/// <summary>
/// What Banana Cake Pop fetches from <c>&lt;its page&gt;/bcp-config.json</c> at boot (keys read by the 18.0.0 bundle).
/// </summary>
internal sealed record BananaCakePopConfig
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>True: <see cref="Endpoint"/> is resolved against the page's URL, so it follows the host, scheme and proxy.</summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; } = true;

    [JsonPropertyName("endpoint")]
    public required string Endpoint { get; init; }

    /// <summary>The document a new tab opens with.</summary>
    [JsonPropertyName("graphQLDocument")]
    public required string GraphQLDocument { get; init; }

    /// <summary>The variables of <see cref="GraphQLDocument"/>, when it was opened from a link.</summary>
    [JsonPropertyName("variables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.Nodes.JsonObject? Variables { get; init; }

    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies { get; init; }

    [JsonPropertyName("useGet")]
    public bool UseGet { get; init; }

    /// <summary>Stops the IDE calling telemetry.chillicream.com; no <c>gaTrackingId</c> is sent, so no analytics load.</summary>
    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; } = true;
}
