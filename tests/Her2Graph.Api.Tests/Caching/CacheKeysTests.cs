using System.Text.Json;
using Her2Graph.Api.Caching;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Caching;

public sealed class CacheKeysTests
{
    [Fact]
    public void CacheKeys_SameIdsInAnotherOrder_GiveTheSameKey() =>
        Assert.Equal(
            CacheKeys.For(3, "nodes", text => CacheKeys.Nodes(text, ["a", "b", "c"])),
            CacheKeys.For(3, "nodes", text => CacheKeys.Nodes(text, ["c", "a", "b"])));

    [Fact]
    public void CacheKeys_AnotherGraphVersion_GivesAnotherKey()
    {
        var key = CacheKeys.For(3, "nodes", text => CacheKeys.Nodes(text, ["a"]));

        Assert.StartsWith("c1:v3:nodes:", key, StringComparison.Ordinal);
        Assert.NotEqual(key, CacheKeys.For(4, "nodes", text => CacheKeys.Nodes(text, ["a"])));
    }

    [Fact]
    public void CacheKeys_IdsThatJoinToTheSameText_GiveDifferentKeys() =>
        Assert.NotEqual(
            CacheKeys.For(1, "nodes", text => CacheKeys.Nodes(text, ["a;b"])),
            CacheKeys.For(1, "nodes", text => CacheKeys.Nodes(text, ["a", "b"])));

    [Fact]
    public void CacheKeys_FiltersThatDiffer_GiveDifferentKeys()
    {
        static NodeFilter Name(FilterOperator op, string value) => new NodeFilter.Compare("name", op, JsonSerializer.SerializeToElement(value));
        var filters = new NodeFilter?[]
        {
            null,
            Name(FilterOperator.Equal, "x"),
            Name(FilterOperator.Contains, "x"),
            Name(FilterOperator.Equal, "y"),
            new NodeFilter.Negate(Name(FilterOperator.Equal, "x")),
            new NodeFilter.AllOf([Name(FilterOperator.Equal, "x"), Name(FilterOperator.Equal, "y")]),
            new NodeFilter.AnyOf([Name(FilterOperator.Equal, "x"), Name(FilterOperator.Equal, "y")]),
        };

        var keys = filters.Select(filter =>
            CacheKeys.For(1, "list", text => CacheKeys.Listing(text, new NodeListQuery(NodeKind.Drug, filter, [NodeOrder.ByName], First: 10))));

        Assert.Equal(filters.Length, keys.Distinct().Count());
    }
}
