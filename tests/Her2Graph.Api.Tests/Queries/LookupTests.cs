using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>Finding nodes the way clinicians name them: by key, brand, code, abbreviation or legacy notation.</summary>
public sealed class LookupTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("trastuzumab deruxtecan")]
    [InlineData("Enhertu")]
    [InlineData("DS-8201")]
    [InlineData("ds8201")]
    [InlineData("T-DXd")]
    [InlineData("t-dxd")]
    public async Task Drug_ByAnyNameOrAlias_FindsTrastuzumabDeruxtecan(string name)
    {
        var key = await KeyAsync($$"""{ drug(name: "{{name}}") { key } }""", "drug");
        Assert.Equal("trastuzumab deruxtecan", key);
    }

    [Theory]
    [InlineData("variant", "name", "YVMA", "ERBB2:A775_G776insYVMA")]
    [InlineData("variant", "name", "Y772_A775dup", "ERBB2:A775_G776insYVMA")]
    [InlineData("variant", "name", "ERBB2:A775_G776insYVMA", "ERBB2:A775_G776insYVMA")]
    [InlineData("gene", "symbol", "HER2", "ERBB2")]
    [InlineData("trial", "id", "DESTINY-Lung02", "NCT04644237")]
    [InlineData("trial", "id", "NCT04644237", "NCT04644237")]
    [InlineData("adverseEvent", "name", "ILD/pneumonitis", "ILD/pneumonitis")]
    public async Task Lookup_ByKeyOrAlias_FindsTheNode(string field, string argument, string value, string expectedKey)
    {
        var key = await KeyAsync($$"""{ {{field}}({{argument}}: "{{value}}") { key } }""", field);
        Assert.Equal(expectedKey, key);
    }

    [Fact]
    public async Task Lookup_UnknownName_ReturnsNull()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ drug(name: "no such drug") { key } }""");
        Assert.Empty(response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("drug").ValueKind);
    }

    [Fact]
    public async Task Lookup_KindMismatch_ReturnsNull()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ gene(symbol: "Enhertu") { key } }""");
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("gene").ValueKind);
    }

    [Fact]
    public async Task Node_ByGlobalId_ReturnsTheSameNode()
    {
        using var client = api.CreateGraphQLClient();
        var id = (await client.PostAsync("""{ drug(name: "Enhertu") { id } }""")).Data.GetProperty("drug").GetProperty("id").GetString();

        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { __typename key ... on Drug { drugClass } } }", new { id });

        var node = response.Data.GetProperty("node");
        Assert.Equal("Drug", node.GetProperty("__typename").GetString());
        Assert.Equal("trastuzumab deruxtecan", node.GetProperty("key").GetString());
        Assert.Equal("ADC", node.GetProperty("drugClass").GetString());
    }

    [Fact]
    public async Task Nodes_WithAnUnknownId_AnswersNullInItsPlace()
    {
        using var client = api.CreateGraphQLClient();
        var drug = (await client.PostAsync("""{ drug(name: "Enhertu") { id } }""")).Data.GetProperty("drug").GetProperty("id").GetString();
        var gene = (await client.PostAsync("""{ gene(symbol: "ERBB2") { id } }""")).Data.GetProperty("gene").GetProperty("id").GetString();

        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { key } }", new { ids = new[] { gene, "bm90LWFuLWlk", drug } });

        Assert.Empty(response.ErrorCodes);
        var nodes = response.Data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("ERBB2", nodes[0].GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("trastuzumab deruxtecan", nodes[2].GetProperty("key").GetString());
    }

    private async Task<string?> KeyAsync(string query, string field)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        var node = response.Data.GetProperty(field);
        return node.ValueKind == JsonValueKind.Null ? null : node.GetProperty("key").GetString();
    }
}
