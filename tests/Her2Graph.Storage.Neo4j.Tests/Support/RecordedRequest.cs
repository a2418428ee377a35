using System.Text.Json;

namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>One request the fake server received.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, string? Authorization, string Accept, string? ContentType, string? Affinity, string? Body)
{
    /// <summary>The Cypher statement the request carried.</summary>
    public string? Statement => string.IsNullOrEmpty(Body) ? null : JsonDocument.Parse(Body).RootElement.GetProperty("statement").GetString();

    public JsonElement Parameters => JsonDocument.Parse(Body!).RootElement.GetProperty("parameters");
}
