using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// Bad input of every kind, sent anonymously as a client or an attacker would: each case asserts the status, the code,
/// that the body leaks nothing of the server's insides, and that the server still answers the next request.
/// </summary>
public sealed class BadInputSuiteTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string GraphQLJson = "application/graphql-response+json";

    /// <summary>Strings shaped like injections or unicode edge cases, sent in every string argument of a root field.</summary>
    private static readonly string[] HostileStrings =
    [
        "'; DROP TABLE nodes; --",
        "MATCH (n) DETACH DELETE n",
        "\" OR 1=1 --",
        "a\u0000b",
        "\u202Egnp.exe",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uFEFF zero\u200Bwidth",
        "../../etc/passwd",
        "<script>alert(1)</script>",
    ];

    /// <summary>Root fields that take one string, with the argument's name.</summary>
    private static readonly (string Field, string Argument)[] StringFields =
    [
        ("gene", "symbol"), ("variant", "name"), ("drug", "name"), ("trial", "id"), ("adverseEvent", "name"),
        ("resistanceMechanism", "name"), ("variantClass", "name"), ("publication", "doi"),
    ];

    public static TheoryData<string> Cases() => [.. BadRequests.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_AnyKind_GetsItsStatusAndCodeAndTheServerStillAnswers(string name)
    {
        var (build, status, code) = BadRequests.All[name];
        using var client = api.CreateGraphQLClient();

        var response = await client.SendAsync(build());

        Assert.Equal(status, response.StatusCode);
        if (code is null) Assert.Empty(response.ErrorCodes);
        else Assert.Contains(code, response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        var next = await client.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public void BadInputSuite_HasAtLeastSixtyCases() => Assert.True(BadRequests.All.Count >= 60, $"{BadRequests.All.Count} cases");

    [Theory]
    [MemberData(nameof(HostileCases))]
    public async Task HostileString_InEveryStringArgument_IsJustAName(string field, string argument, int stringIndex)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(
            $"query($v: String!) {{ {field}({argument}: $v) {{ key }} }}", new { v = HostileStrings[stringIndex] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ graph { version } }")).StatusCode);
    }

    public static TheoryData<string, string, int> HostileCases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (field, argument) in StringFields)
            for (var i = 0; i < HostileStrings.Length; i++) data.Add(field, argument, i);
        return data;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public async Task HostileString_AsSearchText_FindsNothingOrSomethingButNeverFails(int stringIndex)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("query($v: String!) { search(text: $v) { node { key } } }", new { v = HostileStrings[stringIndex] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
    }

    /// <summary>The requests of the suite, by name: how to build it, the status and the code expected (null: no error).</summary>
    private static class BadRequests
    {
        public static readonly IReadOnlyDictionary<string, (Func<HttpRequestMessage> Build, HttpStatusCode Status, string? Code)> All = Build();

        private static Dictionary<string, (Func<HttpRequestMessage>, HttpStatusCode, string?)> Build()
        {
            var cases = new Dictionary<string, (Func<HttpRequestMessage>, HttpStatusCode, string?)>(StringComparer.Ordinal);
            void Raw(string name, string body, string contentType, HttpStatusCode status, string? code, string accept = GraphQLJson) =>
                cases.Add(name, (() => Post(body, contentType, accept), status, code));
            void Query(string name, string query, HttpStatusCode status, string? code, object? variables = null) =>
                cases.Add(name, (() => Post(JsonSerializerFor(query, variables), "application/json", GraphQLJson), status, code));
            void Get(string name, string queryString, HttpStatusCode status, string? code) =>
                cases.Add(name, (() => Request(HttpMethod.Get, "/graphql?" + queryString), status, code));

            // HTTP: methods, media types, JSON shape, sizes.
            cases.Add("PUT", (() => Request(HttpMethod.Put, "/graphql"), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
            cases.Add("DELETE", (() => Request(HttpMethod.Delete, "/graphql"), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
            cases.Add("PATCH", (() => Request(HttpMethod.Patch, "/graphql"), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
            Raw("text/plain body", "{ __typename }", "text/plain", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
            Raw("xml body", "<query/>", "application/xml", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
            Raw("form body", "query=%7B__typename%7D", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
            Raw("Accept image/png", """{"query":"{ __typename }"}""", "application/json", HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE", accept: "image/png");
            Raw("truncated JSON", """{"query":"{ __typename }" """, "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("JSON array", "[]", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("JSON null", "null", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("JSON string", "\"{ __typename }\"", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("query is a number", """{"query":1}""", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("variables is a string", """{"query":"{ __typename }","variables":"x"}""", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("variables with a duplicate key", """{"query":"query($a: Int){ __typename }","variables":{"a":1,"a":2}}""", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("extensions is a list", """{"query":"{ __typename }","extensions":[1]}""", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("invalid UTF-8", "{\"query\":\"\xff\xfe\"}", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("empty body", "", "application/json", HttpStatusCode.BadRequest, "INVALID_JSON");
            Raw("no query", """{"variables":{}}""", "application/json", HttpStatusCode.BadRequest, "MISSING_QUERY");
            Raw("body over 1 MB", "{\"query\":\"" + new string('a', 1_100_000) + "\"}", "application/json", HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
            Get("GET twice the query", "query=%7B__typename%7D&query=%7B__typename%7D", HttpStatusCode.BadRequest, "INVALID_REQUEST");
            Get("GET a mutation", "query=" + Uri.EscapeDataString("mutation { unlink(input: {type: IN_GENE, from: \"a\", to: \"b\"}) { changed } }"), HttpStatusCode.MethodNotAllowed, "GET_MUTATION");
            Get("GET bad variables", "query=%7B__typename%7D&variables=%7B", HttpStatusCode.BadRequest, "INVALID_JSON");

            // The edge's limits.
            Query("16 aliases", "{ " + string.Join(" ", Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }", HttpStatusCode.BadRequest, "TOO_MANY_ALIASES");
            Query("shared response key", """{ a: drug(name: "x0") { name } a: drug(name: "x1") { name } }""", HttpStatusCode.BadRequest, "DUPLICATE_RESPONSE_KEY");
            Query("51 aliased fields with directives", "{ " + string.Join(" ", Enumerable.Range(0, 51).Select(i => $"f{i}: __typename @include(if: true)")) + " }", HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES");
            Query("51 directives, no aliases", "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true)", 51)) + " }", HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES");
            Query("duplicate directive", "{ __typename @include(if: true) @include(if: true) }", HttpStatusCode.BadRequest, "DUPLICATE_DIRECTIVE");
            Query("search of 65 words", "query($t: String!) { search(text: $t) { node { key } } }", HttpStatusCode.BadRequest, "SEARCH_TEXT_TOO_LONG", new { t = string.Join(" ", Enumerable.Repeat("her2", 65)) });
            Query("search of 1,001 characters", "query($t: String!) { search(text: $t) { node { key } } }", HttpStatusCode.BadRequest, "SEARCH_TEXT_TOO_LONG", new { t = new string('a', 1_001) });
            Query("filter of 101 terms", "{ drugs(where: {or: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"{{name: {{eq: \"d{i}\"}}}}")) + "]}) { nodes { key } } }", HttpStatusCode.BadRequest, "FILTER_TOO_LARGE");
            Query("filter nested 11 deep", "{ drugs(where: " + string.Concat(Enumerable.Repeat("{not: ", 11)) + "{name: {eq: \"x\"}}" + new string('}', 11) + ") { nodes { key } } }", HttpStatusCode.BadRequest, "FILTER_TOO_DEEP");
            Query("nodes of 101 ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", HttpStatusCode.BadRequest, "LIST_TOO_LONG", new { ids = Enumerable.Range(0, 101).Select(i => $"id{i}").ToArray() });
            Query("string of 10,001 characters", "query($n: String!) { drug(name: $n) { key } }", HttpStatusCode.BadRequest, "STRING_TOO_LONG", new { n = new string('x', 10_001) });
            Query("subscription", "subscription { __typename }", HttpStatusCode.BadRequest, "OPERATION_NOT_SUPPORTED");
            Query("fragments 33 deep", string.Join(" ", Enumerable.Range(0, 34).Select(i => i == 33 ? $"fragment F{i} on Query {{ __typename }}" : $"fragment F{i} on Query {{ ...F{i + 1} }}")) + " { ...F0 }", HttpStatusCode.BadRequest, "QUERY_TOO_DEEP");
            Query("two 6-hop path searches", """{ a: paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: 100) { length } b: paths(from: "ERBB2", to: "zongertinib", maxHops: 6, first: 100) { length } }""", HttpStatusCode.BadRequest, "COST_LIMIT_EXCEEDED");

            // Persisted documents.
            Raw("unknown persisted hash", """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""", "application/json", HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
            Raw("persisted hash mismatch", """{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"1111111111111111111111111111111111111111111111111111111111111111"}}}""", "application/json", HttpStatusCode.BadRequest, "PERSISTED_QUERY_HASH_MISMATCH");
            Raw("persisted query malformed", """{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"xyz"}}}""", "application/json", HttpStatusCode.BadRequest, "PERSISTED_QUERY_INVALID");

            // Arguments out of range: the query runs, the field says why.
            Query("first: -1", "{ drugs(first: -1) { nodes { key } } }", HttpStatusCode.OK, "BAD_ARGUMENT");
            Query("first: 1000", "{ drugs(first: 1000) { nodes { key } } }", HttpStatusCode.OK, "BAD_ARGUMENT");
            Query("first and last", "{ drugs(first: 1, last: 1) { nodes { key } } }", HttpStatusCode.OK, "BAD_ARGUMENT");
            Query("maxHops: 0", """{ paths(from: "ERBB2", to: "zongertinib", maxHops: 0) { length } }""", HttpStatusCode.OK, "BAD_ARGUMENT");
            Query("maxHops: 7", """{ paths(from: "ERBB2", to: "zongertinib", maxHops: 7) { length } }""", HttpStatusCode.OK, "BAD_ARGUMENT");
            Query("crafted cursor", """{ drugs(after: "bm90IGEgY3Vyc29y") { nodes { key } } }""", HttpStatusCode.OK, "BAD_CURSOR");
            Query("search first: 0", """{ search(text: "her2", first: 0) { node { key } } }""", HttpStatusCode.OK, "BAD_ARGUMENT");

            // Mutations without a key.
            Query("anonymous upsert", """mutation { upsertGene(input: {key: "X", name: "X", status: VERIFIED, citations: ["PMID:1"]}) { changed } }""", HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
            Query("anonymous import", "mutation { importGraph(input: {nodes: [], relationships: []}) { dryRun } }", HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
            cases.Add("bad bearer key", (() =>
            {
                var request = Post(JsonSerializerFor("mutation { importGraph(input: {nodes: [], relationships: []}) { dryRun } }", null), "application/json", GraphQLJson);
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer not-a-key");
                return request;
            }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"));
            cases.Add("malformed Authorization", (() =>
            {
                var request = Post(JsonSerializerFor("mutation { importGraph(input: {nodes: [], relationships: []}) { dryRun } }", null), "application/json", GraphQLJson);
                request.Headers.TryAddWithoutValidation("Authorization", "Basic \u00ff\u00fe");
                return request;
            }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"));

            // Documents the engine refuses: syntax and validation.
            Query("syntax error", "{ drug(name: ", HttpStatusCode.BadRequest, "SYNTAX_ERROR");
            Query("unknown field", "{ nothing }", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE");
            Query("wrong argument type", "{ drugs(first: \"ten\") { nodes { key } } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");
            Query("missing required argument", "{ drug { key } }", HttpStatusCode.BadRequest, "PROVIDED_NON_NULL_ARGUMENTS");
            Query("unknown argument", "{ drug(name: \"x\", nope: 1) { key } }", HttpStatusCode.BadRequest, "KNOWN_ARGUMENT_NAMES");
            Query("undefined variable", "{ drug(name: $n) { key } }", HttpStatusCode.BadRequest, "NO_UNDEFINED_VARIABLES");
            Query("variable of the wrong type", "query($n: Int!) { drug(name: $n) { key } }", HttpStatusCode.BadRequest, "VARIABLES_IN_ALLOWED_POSITION", new { n = 1 });
            Query("variable missing", "query($n: String!) { drug(name: $n) { key } }", HttpStatusCode.BadRequest, "INVALID_VALUE");
            Query("Int beyond 32 bits", "query($f: Int) { drugs(first: $f) { nodes { key } } }", HttpStatusCode.BadRequest, "INVALID_VALUE", new { f = 1L << 40 });
            Query("unknown enum value", "{ search(text: \"her2\", kinds: [Planet]) { node { key } } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");
            Query("selection on a scalar", "{ graph { version { x } } }", HttpStatusCode.BadRequest, "SCALAR_LEAFS");
            Query("no selection on an object", "{ graph }", HttpStatusCode.BadRequest, "SCALAR_LEAFS");
            Query("unknown fragment", "{ ...Nope }", HttpStatusCode.BadRequest, "KNOWN_FRAGMENT_NAMES");
            Query("fragment cycle", "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }", HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES");
            Query("two anonymous operations", "{ __typename } { __typename }", HttpStatusCode.BadRequest, "NO_OPERATION_NAME");
            Query("unknown directive", "{ __typename @nope }", HttpStatusCode.BadRequest, "KNOWN_DIRECTIVES");
            return cases;
        }

        private static string JsonSerializerFor(string query, object? variables) =>
            System.Text.Json.JsonSerializer.Serialize(new { query, variables });

        private static HttpRequestMessage Post(string body, string contentType, string accept)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.Latin1.GetBytes(body)) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            return request;
        }

        private static HttpRequestMessage Request(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.TryAddWithoutValidation("Accept", GraphQLJson);
            return request;
        }
    }
}
