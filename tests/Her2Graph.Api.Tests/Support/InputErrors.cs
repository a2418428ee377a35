using System.Text.Json;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Reads mutation errors as (code, input path) pairs, the way a client maps them back to its input.</summary>
public static class InputErrors
{
    public static IReadOnlyList<(string? Code, string? InputPath)> Of(GraphQLResponse response) =>
        response.Json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => (Extension(e, "code"), Extension(e, "inputPath"))).ToList()
            : [];

    /// <summary>The <c>path</c> of every error, joined with dots.</summary>
    public static IReadOnlyList<string> Paths(GraphQLResponse response) =>
        response.Json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("path", out var path) ? string.Join('.', path.EnumerateArray().Select(p => p.ToString())) : "").ToList()
            : [];

    private static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.GetString() : null;
}
