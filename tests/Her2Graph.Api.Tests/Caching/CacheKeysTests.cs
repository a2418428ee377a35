using System.Text.Json;
using Her2Graph.Api.Caching;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Caching;

public sealed class CacheKeysTests
{
    private const string GraphId = "0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    [Fact]
    public void CacheKeys_SameIdsInAnotherOrder_GiveTheSameKey() =>
        Assert.Equal(
            CacheKeys.For(Version(3), "nodes", text => CacheKeys.Nodes(text, ["a", "b", "c"])),
            CacheKeys.For(Version(3), "nodes", text => CacheKeys.Nodes(text, ["c", "a", "b"])));

    [Fact]
    public void CacheKeys_AnotherGraphVersion_GivesAnotherKey()
    {
        var key = CacheKeys.For(Version(3), "nodes", text => CacheKeys.Nodes(text, ["a"]));

        Assert.StartsWith($"c2:{GraphId}:v3:nodes:", key, StringComparison.Ordinal);
        Assert.NotEqual(key, CacheKeys.For(Version(4), "nodes", text => CacheKeys.Nodes(text, ["a"])));
    }

    [Fact]
    public void CacheKeys_AnotherGraphAtTheSameVersion_GivesAnotherKey() =>
        Assert.NotEqual(
            CacheKeys.For(Version(3), "nodes", text => CacheKeys.Nodes(text, ["a"])),
            CacheKeys.For(new GraphVersion("5d0c7f7e-2f6b-4c55-9d3a-0b6c2e1f4a88", 3), "nodes", text => CacheKeys.Nodes(text, ["a"])));

    [Fact]
    public void CacheKeys_IdsThatJoinToTheSameText_GiveDifferentKeys() =>
        Assert.NotEqual(
            CacheKeys.For(Version(1), "nodes", text => CacheKeys.Nodes(text, ["a;b"])),
            CacheKeys.For(Version(1), "nodes", text => CacheKeys.Nodes(text, ["a", "b"])));

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
            CacheKeys.For(Version(1), "list", text => CacheKeys.Listing(text, new NodeListQuery(NodeKind.Drug, filter, [NodeOrder.ByName], First: 10))));

        Assert.Equal(filters.Length, keys.Distinct().Count());
    }

    [Fact]
    public void CacheKeys_TraversalBranchesThatDiffer_GiveDifferentKeys_AndTheSameBranchInAnyIdOrder_TheSameKey()
    {
        var orr = new NodeFilter.Compare("orrPercent", FilterOperator.GreaterThanOrEqual, JsonSerializer.SerializeToElement(50));
        var arms = new LinkPattern([RelationshipType.Evaluates], Direction.Incoming, NodeKind.TrialArm);
        var branches = new NeighbourBranch[]
        {
            new("t", ["a", "b"], arms),
            new("t", ["a", "b"], arms with { Where = orr }),
            new("t", ["a", "b"], arms with { Where = orr with { Scope = FilterScope.Relationship } }),
            new("t", ["a", "b"], arms, [new NodeOrder("orrPercent")]),
            new("t", ["a", "b"], arms, [new NodeOrder("orrPercent", SortDirection.Descending)]),
            new("t", ["a", "b"], arms, [new NodeOrder("orrPercent", Scope: FilterScope.Relationship)]),
            new("t", ["a", "b"], arms, Rows: false),
            new("t", ["a", "b"], arms, Aggregate: new AggregateRequest([new FieldRef(FilterScope.Node, "orrPercent")], [])),
            new("t", ["a", "b"], arms, Aggregate: new AggregateRequest([], [new FieldRef(FilterScope.Node, "orrPercent")])),
            new("t", ["a", "b"], arms, Via: new Reach.Closure(RelationshipType.MemberOf, Direction.Outgoing)),
            new("t", ["a", "b"], arms, Via: new Reach.Hop(arms)),
            new("u", ["a", "b"], arms),
            new("t", ["a", "b"], new LinkPattern([], Direction.Both, null, new NodeFilter.Linked(arms, FilterOperator.GreaterThanOrEqual, 1))),
            new("t", ["a", "b"], new LinkPattern([], Direction.Both, null, new NodeFilter.Linked(arms, FilterOperator.GreaterThanOrEqual, 2))),
        };

        var keys = branches.Select(b => CacheKeys.For(Version(1), "neighbours", text => CacheKeys.Neighbours(text, new NeighbourQuery([b])))).ToList();

        Assert.Equal(branches.Length, keys.Distinct().Count());
        Assert.Equal(keys[0], CacheKeys.For(Version(1), "neighbours", text => CacheKeys.Neighbours(text, new NeighbourQuery([branches[0] with { NodeIds = ["b", "a"] }]))));
    }

    private static GraphVersion Version(long number) => new(GraphId, number);
}
