using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Her2Graph.Api.Ide;

/// <summary>
/// A document (and its variables) that Banana Cake Pop should open with, carried in the page's path as a token.
/// The IDE reads its configuration from <c>&lt;page path&gt;/bcp-config.json</c> and drops the query string, so
/// <c>/graphql?document=…&amp;variables=…</c> redirects to <c>/graphql/open/&lt;token&gt;</c>, whose configuration
/// holds that document: a link can then open any query in the IDE, and nothing is stored on the server.
/// </summary>
internal sealed record IdeOpenDocument(string Document, JsonObject? Variables)
{
    /// <summary>Bounds the token (and so the URL): well above the explorer's largest query, well under Kestrel's 8 KB request line.</summary>
    public const int MaxDocumentLength = 4_000;

    public const string DocumentParameter = "document";
    public const string VariablesParameter = "variables";

    /// <summary>The document of <c>?document=…&amp;variables=…</c>; null with the reason when they are missing, too long or not JSON.</summary>
    public static (IdeOpenDocument? Document, string? Error) FromQuery(IQueryCollection query)
    {
        var document = query[DocumentParameter].ToString();
        if (string.IsNullOrWhiteSpace(document)) return (null, "document is empty");
        if (document.Length > MaxDocumentLength) return (null, $"document is longer than {MaxDocumentLength} characters");

        var variables = query[VariablesParameter].ToString();
        if (string.IsNullOrWhiteSpace(variables)) return (new IdeOpenDocument(document, null), null);
        try
        {
            return JsonNode.Parse(variables) is JsonObject values
                ? (new IdeOpenDocument(document, values), null)
                : (null, "variables must be a JSON object");
        }
        catch (JsonException)
        {
            return (null, "variables must be a JSON object");
        }
    }

    /// <summary>The path segment: base64url of UTF-8 JSON.</summary>
    public string ToToken() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(new JsonObject { ["d"] = Document, ["v"] = Variables?.DeepClone() }.ToJsonString()));

    /// <summary>The document a token carries, or null for a token this did not write.</summary>
    public static IdeOpenDocument? FromToken(string token)
    {
        if (token.Length > MaxDocumentLength * 3) return null;
        try
        {
            var json = JsonNode.Parse(WebEncoders.Base64UrlDecode(token));
            return json?["d"] is JsonValue document && document.TryGetValue<string>(out var text) && text.Length <= MaxDocumentLength
                ? new IdeOpenDocument(text, json["v"] as JsonObject)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
