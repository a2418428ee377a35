using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>Each limit of the pre-pass and of the argument rule: answered at the limit, refused one past it, with its code.</summary>
public sealed class EdgeLimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Aliases_FifteenAnswered_SixteenRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Aliased(15))).StatusCode);
        Refusals.AssertRefused(await PostAsync(Aliased(16)), "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Aliases_FromAFragment_CountInTheSelectionSet()
    {
        var document = $"{{ {Aliases(10, "a")} ...F }} fragment F on Query {{ {Aliases(6, "b")} }}";

        Refusals.AssertRefused(await PostAsync(document), "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Fields_HundredAnswered_HundredAndOneRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"{{ {Repeat("__typename", 100)} }}")).StatusCode);
        Refusals.AssertRefused(await PostAsync($"{{ {Repeat("__typename", 101)} }}"), "TOO_MANY_FIELDS");
    }

    [Fact]
    public async Task ResponseKey_TwoDifferentFields_IsRefusedAtTheSecond()
    {
        var response = await PostAsync("{ drug(name: \"a\") { name }\n  drug(name: \"b\") { name } }");

        var error = Refusals.AssertRefused(response, "DUPLICATE_RESPONSE_KEY");
        Assert.Equal((2, 3), Refusals.LocationOf(error));
    }

    [Fact]
    public async Task ResponseKey_ClashingThroughAFragment_IsRefused()
    {
        var response = await PostAsync("{ drug(name: \"a\") { name } ...F } fragment F on Query { drug(name: \"b\") { name } }");

        Refusals.AssertRefused(response, "DUPLICATE_RESPONSE_KEY");
    }

    [Fact]
    public async Task ResponseKey_SameFieldFromTwoFragments_IsMergedAndAnswered()
    {
        var response = await PostAsync(
            "{ drug(name: \"Enhertu\") { name } ...F } fragment F on Query { drug(name:\"Enhertu\") { aliases name } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal(JsonValueKind.Array, response.Data.GetProperty("drug").GetProperty("aliases").ValueKind);
    }

    [Fact]
    public async Task Directives_FiftyAnswered_FiftyOneRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"{{ {Repeat("__typename @include(if: true)", 50)} }}")).StatusCode);
        Refusals.AssertRefused(await PostAsync($"{{ {Repeat("__typename @include(if: true)", 51)} }}"), "TOO_MANY_DIRECTIVES");
    }

    [Fact]
    public async Task Directives_TwiceAtOneLocation_AreRefused()
    {
        var response = await PostAsync("{ graph @include(if: true) @include(if: true) { version } }");

        var error = Refusals.AssertRefused(response, "DUPLICATE_DIRECTIVE");
        Assert.Equal((1, 28), Refusals.LocationOf(error));
    }

    [Fact]
    public async Task Errors_MoreThanAHundred_AreCappedAndSaySo()
    {
        var unknown = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"u{i}"));
        var more = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"v{i}"));

        var response = await PostAsync($"{{ graph {{ {unknown} }} {more} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(101, response.ErrorCodes.Count);
        Assert.Equal("TOO_MANY_ERRORS", response.ErrorCodes[^1]);
        Assert.Contains("10 more errors", response.Json.GetProperty("errors")[100].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchText_Has64WordsAnswered_65Refused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Search(Words(64)))).StatusCode);
        Refusals.AssertRefused(await PostAsync(Search(Words(65))), "SEARCH_TEXT_TOO_LONG");
        Refusals.AssertRefused(await PostAsync(SearchByVariable, new { t = Words(65) }), "SEARCH_TEXT_TOO_LONG");
    }

    [Fact]
    public async Task SearchText_Has1000CharactersAnswered_1001Refused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Search(new string('x', 1_000)))).StatusCode);
        Refusals.AssertRefused(await PostAsync(Search(new string('x', 1_001))), "SEARCH_TEXT_TOO_LONG");
        Refusals.AssertRefused(await PostAsync(SearchByVariable, new { t = new string('x', 1_001) }), "SEARCH_TEXT_TOO_LONG");
    }

    [Fact]
    public async Task Filter_HundredTermsAnswered_HundredAndOneRefused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(DrugsWhere(OrFilter(100)))).StatusCode);
        Refusals.AssertRefused(await PostAsync(DrugsWhere(OrFilter(101))), "FILTER_TOO_LARGE");
        Refusals.AssertRefused(await PostAsync(DrugsByVariable, new { w = OrFilterValue(101) }), "FILTER_TOO_LARGE");
    }

    [Fact]
    public async Task Filter_NestedTenAnswered_ElevenRefused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(DrugsWhere(NotFilter(10)))).StatusCode);
        Refusals.AssertRefused(await PostAsync(DrugsWhere(NotFilter(11))), "FILTER_TOO_DEEP");
        object value = new Dictionary<string, object> { ["name"] = new { eq = "x" } };
        for (var i = 0; i < 11; i++) value = new Dictionary<string, object> { ["not"] = value };
        Refusals.AssertRefused(await PostAsync(DrugsByVariable, new { w = value }), "FILTER_TOO_DEEP");
    }

    [Fact]
    public async Task Filter_ThroughLinksAndEdges_CountsEveryConditionAndEachNestingAsALevel()
    {
        // drug → approvals → basis trials → approvals → …: each link, its some: and its node: are one level deeper, so a
        // chain of links is bounded as not/or are.
        static string Chain(int links, bool approvals = true) => links == 0
            ? "{ name: { eq: \"x\" } }"
            : $"{{ {(approvals ? "approvals" : "basisTrials")}: {{ some: {{ node: {Chain(links - 1, !approvals)} }} }} }}";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(DrugsWhere(Chain(3)))).StatusCode);
        Refusals.AssertRefused(await PostAsync(DrugsWhere(Chain(4))), "FILTER_TOO_DEEP");

        var conditions = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"{{ node: {{ orrPercent: {{ gte: {i} }} }} }}"));
        var traversal = $$"""{ drug(name: "T-DXd") { arms(where: { or: [{{conditions}}] }) { totalCount } } }""";
        Refusals.AssertRefused(await PostAsync(traversal), "FILTER_TOO_LARGE");
    }

    [Fact]
    public async Task NodesIds_HundredAnswered_HundredAndOneRefused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Nodes(100))).StatusCode);
        Refusals.AssertRefused(await PostAsync(Nodes(101)), "LIST_TOO_LONG");
        var ids = Enumerable.Range(0, 101).Select(i => $"id{i}").ToArray();
        Refusals.AssertRefused(await PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }), "LIST_TOO_LONG");
    }

    [Fact]
    public async Task ListInsideAFilter_HundredAndOneItems_IsRefused()
    {
        var names = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"n{i}\""));

        Refusals.AssertRefused(await PostAsync(DrugsWhere($"{{ name: {{ in: [{names}] }} }}")), "LIST_TOO_LONG");
    }

    [Fact]
    public async Task StringArgument_TenThousandAnswered_TenThousandAndOneRefused_AsLiteralAndAsVariable()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"{{ drug(name: \"{new string('x', 10_000)}\") {{ name }} }}")).StatusCode);
        Refusals.AssertRefused(await PostAsync($"{{ drug(name: \"{new string('x', 10_001)}\") {{ name }} }}"), "STRING_TOO_LONG");
        Refusals.AssertRefused(await PostAsync("query($n: String!) { drug(name: $n) { name } }", new { n = new string('x', 10_001) }), "STRING_TOO_LONG");
    }

    [Fact]
    public async Task Refusal_WithLegacyJson_IsStill400()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(Aliased(16), accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task FragmentNesting_ThirtyTwoAnswered_ThirtyThreeRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(FragmentChain(32))).StatusCode);
        Refusals.AssertRefused(await PostAsync(FragmentChain(33)), "QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task ExpandedDepth_PastSixtyFourThroughFragments_IsRefused()
    {
        // Each fragment nests 56 fields and spreads the next: shallow as written, 1,792 levels once expanded.
        var document = new System.Text.StringBuilder("{ drug(name: \"x\") { ...F0 } }\n");
        for (var i = 0; i < 32; i++)
        {
            document.Append($"fragment F{i} on Drug {{ ").Append(string.Concat(Enumerable.Repeat("trials { nodes { drugs { nodes { ", 14)));
            document.Append(i < 31 ? $"...F{i + 1} " : "name ").Append(new string('}', 56)).Append(" }\n");
        }

        Refusals.AssertRefused(await PostAsync(document.ToString()), "QUERY_TOO_DEEP");
    }

    private const string SearchByVariable = "query($t: String!) { search(text: $t) { score } }";
    private const string DrugsByVariable = "query($w: DrugFilter) { drugs(where: $w) { totalCount } }";

    private async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var client = api.CreateGraphQLClient();
        return await client.PostAsync(query, variables);
    }

    private static string Repeat(string selection, int times) => string.Join(' ', Enumerable.Repeat(selection, times));

    private static string Aliases(int count, string prefix) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => $"{prefix}{i}: graph {{ version }}"));

    private static string Aliased(int count) => $"{{ {Aliases(count, "g")} }}";

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"word{i}"));

    private static string Search(string text) => $"{{ search(text: \"{text}\") {{ score }} }}";

    private static string DrugsWhere(string filter) => $"{{ drugs(where: {filter}) {{ totalCount }} }}";

    private static string OrFilter(int terms) =>
        $"{{ or: [{string.Join(", ", Enumerable.Range(0, terms).Select(i => $"{{ name: {{ eq: \"x{i}\" }} }}"))}] }}";

    private static object OrFilterValue(int terms) =>
        new { or = Enumerable.Range(0, terms).Select(i => new { name = new { eq = $"x{i}" } }).ToArray() };

    private static string NotFilter(int depth) =>
        string.Concat(Enumerable.Repeat("{ not: ", depth)) + "{ name: { eq: \"x\" } }" + new string('}', depth);

    private static string FragmentChain(int length) =>
        "{ ...F0 }\n" + string.Concat(Enumerable.Range(0, length).Select(i => $"fragment F{i} on Query {{ {(i < length - 1 ? $"...F{i + 1}" : "__typename")} }}\n"));

    private static string Nodes(int count) =>
        $"{{ nodes(ids: [{string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"id{i}\""))}]) {{ id }} }}";
}
