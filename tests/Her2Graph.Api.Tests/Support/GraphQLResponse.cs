using System.Net;
using System.Text.Json;

namespace Her2Graph.Api.Tests.Support;

/// <summary>An HTTP answer from the GraphQL endpoint: status, media type, and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode StatusCode, string? ContentType, string Body)
{
    /// <summary>The parsed body; undefined when it is not JSON (the IDE's HTML, a plain-text 404).</summary>
    public JsonElement Json { get; } = Parse(Body);

    /// <summary>The <c>data</c> entry, or an undefined element when the request was not executed.</summary>
    public JsonElement Data => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("data", out var data) ? data : default;

    /// <summary>
    /// <c>data</c> and <c>errors</c> as JSON text, without <c>extensions</c>: what two answers to the same question share
    /// (extensions.cost reports the caller's rate-limit budget, which every request changes).
    /// </summary>
    public string Answer =>
        Json.ValueKind == JsonValueKind.Object
            ? string.Join(",", Json.EnumerateObject().Where(p => p.Name != "extensions").Select(p => $"{p.Name}:{p.Value.GetRawText()}"))
            : Body;

    /// <summary>Each error's <c>extensions.code</c> (null when it has none), in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Select(error => error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                    ? code.GetString()
                    : null)
                .ToList()
            : [];

    private static JsonElement Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
}
