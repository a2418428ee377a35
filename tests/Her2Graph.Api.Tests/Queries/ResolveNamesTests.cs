using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Hardening;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>
/// resolve(names:) and the arguments that name a node of any kind, on the repository's seed, where some names are
/// genuinely shared across kinds: the alias C805S of a variant and of a resistance mechanism, the name of a trial and
/// of its arm, a trial arm's key that reads as its trial's name.
/// </summary>
public sealed class ResolveNamesTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    private const string ArmKey = "ifct-1703-r2d2: pertuzumab + trastuzumab + docetaxel";
    private const string Resolve = "query($names: [String!]!, $kinds: [NodeKind!]) { resolve(names: $names, kinds: $kinds) { name matchedBy matches { kind key } } }";

    [Fact]
    public async Task Resolve_AnswersEachNameInOrder_WithEveryMatchOfItsTier()
    {
        string[] names = ["Enhertu", "C805S", "ERBB2", "HOT1303-B trastuzumab monotherapy", "DB14962", "no such name", "Enhertu"];

        var entries = await ResolveAsync(names);

        Assert.Equal(names, entries.Select(e => e.Name));
        Assert.Equal(("ALIAS", "Drug trastuzumab deruxtecan"), (entries[0].MatchedBy, entries[0].Matches));
        Assert.Equal(("ALIAS", "ResistanceMechanism her2-c805s; Variant ERBB2:C805S"), (entries[1].MatchedBy, Sorted(entries[1].Matches)));
        Assert.Equal(("KEY", "Gene ERBB2"), (entries[2].MatchedBy, entries[2].Matches));
        Assert.Equal(("NAME", "Trial hot1303-b; TrialArm hot1303-b: monotherapy"), (entries[3].MatchedBy, Sorted(entries[3].Matches)));
        Assert.Equal(("XREF", "Drug trastuzumab deruxtecan"), (entries[4].MatchedBy, entries[4].Matches));
        Assert.Equal((null, ""), (entries[5].MatchedBy, entries[5].Matches));
        Assert.Equal(entries[0], entries[6]);
    }

    [Fact]
    public async Task Resolve_ExactKeyBeatsAnotherKindsName()
    {
        // The arm's key reads, once case and punctuation are ignored, as its trial's name: the key wins outright.
        var entry = Assert.Single(await ResolveAsync([ArmKey]));

        Assert.Equal(("KEY", $"TrialArm {ArmKey}"), (entry.MatchedBy, entry.Matches));
    }

    [Fact]
    public async Task Resolve_WithKinds_KeepsOnlyThoseKinds()
    {
        var entries = await ResolveAsync(["C805S", "Enhertu"], [nameof(NodeKind.Variant)]);

        Assert.Equal(("ALIAS", "Variant ERBB2:C805S"), (entries[0].MatchedBy, entries[0].Matches));
        Assert.Equal((null, ""), (entries[1].MatchedBy, entries[1].Matches));
    }

    [Fact]
    public async Task Resolve_ManyNames_ReadsKeysAndOutsideIdsOnceForAll_AndSearchesOncePerNameThatIsNoKey()
    {
        string[] keys = ["ERBB2", "trastuzumab deruxtecan", "NCT04644237", "pyrotinib", "ERBB2:A775_G776insYVMA"];
        string[] others = ["Enhertu", "DB14962", "HGNC:3430"];
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync(Resolve, new { names = keys.Concat(others).ToArray() });

        Assert.Empty(response.ErrorCodes);
        var calls = api.Store.Calls.Where(c => c != "GetVersion").ToList();
        Assert.Equal($"GetNodes({keys.Length + others.Length} ids)", calls[0]);
        Assert.Equal(others.Length, calls.Count(c => c == "Search"));
        // Enhertu is an alias; the two outside ids go to one read.
        Assert.Equal(["FindNodesByXrefs"], calls.Where(c => c.StartsWith("FindNodesByXrefs", StringComparison.Ordinal)).Select(c => c[..c.IndexOf('(')]));
    }

    [Fact]
    public async Task SingularLookup_NarrowedByItsKind_IsNotAmbiguous()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ variant(name: "C805S") { key } resistanceMechanism(name: "C805S") { key } }""");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("ERBB2:C805S", response.Data.GetProperty("variant").GetProperty("key").GetString());
        Assert.Equal("her2-c805s", response.Data.GetProperty("resistanceMechanism").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Paths_TakeNamesAliasesAndOutsideIds_AsTheLookupsDo()
    {
        using var client = api.CreateGraphQLClient();
        var byKey = await client.PostAsync("""{ paths(from: "trastuzumab deruxtecan", to: "ERBB2", maxHops: 2) { nodes { key } } }""");
        var byName = await client.PostAsync("""{ paths(from: "Enhertu", to: "HER2", maxHops: 2) { nodes { key } } }""");
        var byXref = await client.PostAsync("""{ paths(from: "DB14962", to: "HGNC:3430", maxHops: 2) { nodes { key } } }""");

        Assert.Empty(byName.ErrorCodes);
        Assert.Empty(byXref.ErrorCodes);
        Assert.NotEqual(0, byKey.Data.GetProperty("paths").GetArrayLength());
        Assert.Equal(byKey.Data.GetRawText(), byName.Data.GetRawText());
        Assert.Equal(byKey.Data.GetRawText(), byXref.Data.GetRawText());
    }

    [Fact]
    public async Task Paths_FromANameTwoKindsShare_IsAmbiguousNameListingBoth()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ paths(from: "C805S", to: "Enhertu") { length } }""");

        Assert.Equal(["AMBIGUOUS_NAME"], response.ErrorCodes);
        var candidates = response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("candidates").EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("key").GetString()}");
        Assert.Equal(["Variant ERBB2:C805S", "ResistanceMechanism her2-c805s"], candidates);
    }

    [Fact]
    public async Task Paths_FromANameNoNodeHas_IsABadArgument()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ paths(from: "no such node", to: "Enhertu") { length } }""");

        Assert.Equal(["BAD_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("'no such node'", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actionability_VariantByAlias_AndDrugByBrandName_FindTheirNodes()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ actionability(variant: "YVMA", drug: "Enhertu") { drug { key } } }""");

        Assert.Empty(response.ErrorCodes);
        Assert.NotEqual(0, response.Data.GetProperty("actionability").GetArrayLength());
        Assert.All(response.Data.GetProperty("actionability").EnumerateArray(), a => Assert.Equal("trastuzumab deruxtecan", a.GetProperty("drug").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Resolve_MoreNamesThanAListMayHold_IsRefusedAsListTooLong()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Resolve, new { names = Enumerable.Range(0, 101).Select(i => $"name {i}").ToArray() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "LIST_TOO_LONG");
    }

    [Fact]
    public async Task Resolve_ANameLongerThanASearchText_IsRefusedAsSearchTextTooLong()
    {
        using var client = api.CreateGraphQLClient();
        var literal = await client.PostAsync($$"""{ resolve(names: ["Enhertu", "{{new string('x', 1_001)}}"]) { name } }""");
        var variable = await client.PostAsync(Resolve, new { names = new[] { "Enhertu", string.Join(' ', Enumerable.Repeat("word", 65)) } });

        Refusals.AssertRefused(literal, "SEARCH_TEXT_TOO_LONG");
        Refusals.AssertRefused(variable, "SEARCH_TEXT_TOO_LONG");
    }

    [Fact]
    public async Task Resolve_CostsPerName()
    {
        using var client = api.CreateGraphQLClient();
        var one = await CostAsync(client, ["Enhertu"]);
        var hundred = await CostAsync(client, Enumerable.Repeat("Enhertu", 100).ToArray());

        // Each name pays its lookup and its entry's fields; a hundred still fit the limit.
        Assert.True(hundred >= 100 * (one - 1), $"100 names cost {hundred}, one {one}");
        Assert.True(hundred < 25_000, $"100 names cost {hundred}");
    }

    private static async Task<int> CostAsync(GraphQLClient client, string[] names)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = Resolve, variables = new { names }, extensions = new { validateOnly = true } }),
        };
        var response = await client.SendAsync(request);
        Assert.Empty(response.ErrorCodes);
        return response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32();
    }

    private async Task<List<Entry>> ResolveAsync(string[] names, string[]? kinds = null)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Resolve, new { names, kinds });
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("resolve").EnumerateArray()
            .Select(e => new Entry(
                e.GetProperty("name").GetString()!,
                e.GetProperty("matchedBy").ValueKind == JsonValueKind.Null ? null : e.GetProperty("matchedBy").GetString(),
                string.Join("; ", e.GetProperty("matches").EnumerateArray().Select(m => $"{m.GetProperty("kind").GetString()} {m.GetProperty("key").GetString()}"))))
            .ToList();
    }

    private static string Sorted(string matches) => string.Join("; ", matches.Split("; ").Order(StringComparer.Ordinal));

    private sealed record Entry(string Name, string? MatchedBy, string Matches);
}
