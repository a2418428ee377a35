using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>What every refusal at the edge must look like: one error, its code, where, and a small answer.</summary>
internal static class Refusals
{
    /// <summary>Far below the megabytes the attacks used to produce; a refusal is one short error.</summary>
    public const int MaxRefusalBytes = 2_000;

    public static JsonElement AssertRefused(GraphQLResponse response, string code)
    {
        Assert.Equal([code], response.ErrorCodes);
        Assert.True(response.Body.Length < MaxRefusalBytes, $"the refusal is {response.Body.Length} bytes: {response.Body[..Math.Min(500, response.Body.Length)]}");
        Assert.False(response.Data.ValueKind == JsonValueKind.Object, "a refused request has no data");
        return response.Json.GetProperty("errors")[0];
    }

    public static (int Line, int Column) LocationOf(JsonElement error)
    {
        var location = error.GetProperty("locations")[0];
        return (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32());
    }
}
