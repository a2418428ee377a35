using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using static Her2Graph.Api.Tests.Support.SharedNamesApiFactory;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>
/// The lookups' tiers where names collide within a kind (a graph written around the validator): key beats name beats
/// alias, and a tie within the winning tier is AMBIGUOUS_NAME naming every candidate, never a pick.
/// </summary>
public sealed class LookupPrecedenceTests(SharedNamesApiFactory api) : IClassFixture<SharedNamesApiFactory>
{
    [Fact]
    public async Task Lookup_NameOfOneNodeAndAliasOfAnother_FindsTheNameHolder()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($name: String!) { drug(name: $name) { key } }", new { name = NameAndAlias.ToLowerInvariant() });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(NameHolder, response.Data.GetProperty("drug").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Lookup_ExactKeyOfOneNodeAndNameOfAnother_FindsTheKeyHolder()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($name: String!) { drug(name: $name) { key } }", new { name = Key });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(KeyHolder, response.Data.GetProperty("drug").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Lookup_KeyWrittenLooselyThatIsAlsoAName_IsAmbiguous()
    {
        // "Veximab" is no key (keys compare exactly): it is the name of one drug and the other's key written loosely.
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($name: String!) { drug(name: $name) { key } }", new { name = "Veximab" });

        Assert.Equal(["AMBIGUOUS_NAME"], response.ErrorCodes);
        Assert.Equal([KeyLookalike, KeyHolder], CandidateKeys(response).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lookup_AliasOfTwoNodes_IsAmbiguousNameListingBothWithKindAndName()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($name: String!) { drug(name: $name) { key } }", new { name = SharedAlias });

        Assert.Equal(["AMBIGUOUS_NAME"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("drug").ValueKind);
        var error = response.Json.GetProperty("errors")[0];
        var message = error.GetProperty("message").GetString()!;
        Assert.All(SharedAliasHolders, key => Assert.Contains(key, message, StringComparison.Ordinal));
        var candidates = error.GetProperty("extensions").GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(SharedAliasHolders, candidates.Select(c => c.GetProperty("key").GetString()));
        Assert.All(candidates, c => Assert.Equal("Drug", c.GetProperty("kind").GetString()));
        Assert.Equal(["first shared alias holder", "second shared alias holder"], candidates.Select(c => c.GetProperty("name").GetString()));

        // Each candidate's id is its global id: the client can ask again without ambiguity.
        var again = await client.PostAsync("query($id: ID!) { node(id: $id) { key } }", new { id = candidates[1].GetProperty("id").GetString() });
        Assert.Equal(SharedAliasHolders[1], again.Data.GetProperty("node").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Resolve_GivesEveryMatchOfTheWinningTier_WithTheTier()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(
            "query($names: [String!]!) { resolve(names: $names, kinds: [Drug]) { name matchedBy matches { key } } }",
            new { names = new[] { SharedAlias, NameAndAlias, Key, "Veximab" } });

        Assert.Empty(response.ErrorCodes);
        var entries = response.Data.GetProperty("resolve").EnumerateArray()
            .Select(e => (e.GetProperty("name").GetString(), e.GetProperty("matchedBy").GetString(), Keys(e.GetProperty("matches"))))
            .ToList();
        Assert.Equal(
            [
                (SharedAlias, "ALIAS", string.Join(",", SharedAliasHolders)),
                (NameAndAlias, "NAME", NameHolder),
                (Key, "KEY", KeyHolder),
                ("Veximab", "NAME", $"{KeyLookalike},{KeyHolder}"),
            ],
            entries);
    }

    private static string Keys(JsonElement matches) => string.Join(",", matches.EnumerateArray().Select(m => m.GetProperty("key").GetString()));

    private static IEnumerable<string?> CandidateKeys(GraphQLResponse response) =>
        response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("key").GetString());
}
