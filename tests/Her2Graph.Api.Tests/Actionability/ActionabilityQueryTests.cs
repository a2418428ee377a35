using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Actionability;

/// <summary>Actionability levels end to end on the repository's seed: what the seed records decides each expectation.</summary>
public sealed class ActionabilityQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($variant: String!, $drug: String) {
          actionability(variant: $variant, drug: $drug) {
            variant { key } drug { key } level direction rule ruleDescription reason status weakestFact
            coveredBy { key }
            coveragePath { key status }
            triggeredBy { approvals { key authority } trials { key } arms { key } resistanceMechanisms { key } relationships { key type status } }
          }
        }
        """;

    private async Task<List<JsonElement>> FindingsAsync(string variant, string? drug)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query, new { variant, drug });
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("actionability").EnumerateArray().ToList();
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    [Fact]
    public async Task Dump()
    {
        var all = await FindingsAsync("YVMA", null);
        var lines = all.Select(f => $"{Text(f.GetProperty("drug"), "key")} | {Text(f, "level")} | {Text(f, "direction")} | {Text(f, "rule")} | {Text(f, "status")} | {Text(f.GetProperty("coveredBy"), "key")} | {Text(f, "reason")}");
        await File.WriteAllLinesAsync("/tmp/yvma-actionability.txt", lines);
    }
}
