using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

/// <summary>Documents whose fragments expand exponentially are refused before the engine expands them.</summary>
public sealed class QuerySizeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task NestedFragments_ThatDoubleAtEachLevel_AreRefusedAsTooLarge()
    {
        using var client = api.CreateGraphQLClient();

        // 2^20 copies; 20 levels stay within the fragment nesting limit (32), past which the document is refused as too deep.
        var response = await client.PostAsync(DoublingFragments(levels: 20));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["QUERY_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task NestedFragments_OfAReasonableSize_AreAnswered()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(DoublingFragments(levels: 5));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
    }

    /// <summary>F0 selects graph { version }; each Fi spreads F(i-1) twice, so { ...Fn } selects 2^n copies.</summary>
    private static string DoublingFragments(int levels)
    {
        var document = new StringBuilder("query { ...F").Append(levels).Append(" }\nfragment F0 on Query { graph { version } }\n");
        for (var i = 1; i <= levels; i++)
            document.Append($"fragment F{i} on Query {{ ...F{i - 1} g{i}: graph {{ v{i}: version }} ...F{i - 1} }}\n");
        return document.ToString();
    }
}
