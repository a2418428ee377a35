using System.Diagnostics;
using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// The documents of issue 8 that exhausted the server: each is now refused by the pre-pass with one small error.
/// How long the refusal took is printed, not asserted.
/// </summary>
public sealed class AttackReproductionTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(5_000)]
    [InlineData(1_600)]
    public async Task SharedAlias_ThousandsOfFields_IsRefusedAsDuplicateResponseKey(int fields)
    {
        using var client = api.CreateGraphQLClient();
        var document = new StringBuilder("{");
        for (var i = 0; i < fields; i++) document.Append($" a: drug(name: \"x{i}\") {{ name }}");
        document.Append(" }");

        var response = await TimedPostAsync(client, document.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Refusals.AssertRefused(response, "DUPLICATE_RESPONSE_KEY");
        // The clash is the second `a:` (columns count from 1).
        var second = document.ToString().IndexOf(" a: drug(name: \"x1\")", StringComparison.Ordinal) + 1;
        Assert.Equal((1, second + 1), Refusals.LocationOf(error));
    }

    [Fact]
    public async Task DuplicateInclude_TwentyThousandTimes_IsRefusedAsTooManyDirectives()
    {
        using var client = api.CreateGraphQLClient();
        var directives = string.Concat(Enumerable.Repeat(" @include(if: true)", 20_000));

        var response = await TimedPostAsync(client, $"{{ graph{directives} {{ version }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "TOO_MANY_DIRECTIVES");
    }

    [Fact]
    public async Task AliasedPaths_263Times_IsRefusedAsTooManyAliases()
    {
        using var client = api.CreateGraphQLClient();
        var document = new StringBuilder("{");
        for (var i = 0; i < 263; i++) document.Append($" p{i}: paths(from: \"a\", to: \"b\", maxHops: 6, first: 100) {{ length }}");
        document.Append(" }");

        var response = await TimedPostAsync(client, document.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "TOO_MANY_ALIASES");
    }

    private async Task<GraphQLResponse> TimedPostAsync(GraphQLClient client, string document)
    {
        await client.PostAsync("{ __typename }");
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(document);
        output.WriteLine($"{document.Length} characters refused in {clock.Elapsed.TotalMilliseconds:F1} ms: {response.Body.Length} bytes");
        return response;
    }

    [Fact]
    public async Task SearchText_TwentyThousandWords_IsRefusedAsSearchTextTooLong()
    {
        using var client = api.CreateGraphQLClient();
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"w{i % 10}"));

        var response = await TimedPostAsync(client, $"{{ search(text: \"{text}\") {{ score }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "SEARCH_TEXT_TOO_LONG");
    }

    [Fact]
    public async Task FragmentChain_TwentyThousandLong_IsRefusedAsQueryTooDeep_WithoutOverflowingTheStack()
    {
        using var client = api.CreateGraphQLClient();
        var document = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 19_999; i++) document.Append($"fragment F{i} on Query {{ ...F{i + 1} }}\n");
        document.Append("fragment F19999 on Query { __typename }\n");

        var response = await TimedPostAsync(client, document.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task UnusedFragment_ThatDoublesAtEachLevel_IsRefusedAsTooLarge()
    {
        // No operation spreads it, so the expanded-field count never sees it; the engine still validates it.
        using var client = api.CreateGraphQLClient();
        var document = new StringBuilder("{ __typename }\nfragment F0 on Drug { name }\n");
        for (var i = 1; i <= 30; i++)
            document.Append($"fragment F{i} on Drug {{ trials {{ nodes {{ drugs {{ nodes {{ ...F{i - 1} }} }} }} }} a{i}: trials {{ nodes {{ drugs {{ nodes {{ ...F{i - 1} }} }} }} }} }}\n");

        var response = await TimedPostAsync(client, document.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "QUERY_TOO_LARGE");
    }
}
