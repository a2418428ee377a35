using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>The validator on input built the way a GraphQL mutation builds it: no files, locations are input paths.</summary>
public sealed class GraphInputValidatorTests
{
    private static Located<string> At(string value, string location) => new(value, location);

    private static NodeInput Drug(int index, string id, params PropertyInput[] properties) => new(
        $"input.nodes[{index}]",
        At("Drug", $"input.nodes[{index}].kind"),
        At(id, $"input.nodes[{index}].id"),
        At(id, $"input.nodes[{index}].name"),
        [],
        At("verified", $"input.nodes[{index}].status"),
        null,
        [],
        properties);

    private static RelationshipInput Targets(int index, string from, string to, params string[] citations) => new(
        $"input.relationships[{index}]",
        At("TARGETS", $"input.relationships[{index}].type"),
        At(from, $"input.relationships[{index}].from"),
        At(to, $"input.relationships[{index}].to"),
        null,
        At("verified", $"input.relationships[{index}].status"),
        null,
        null,
        citations.Select((c, i) => At(c, $"input.relationships[{index}].citations[{i}]")).ToList(),
        []);

    [Fact]
    public async Task ValidateAsync_MutationInput_ReportsErrorsAtInputPaths()
    {
        var input = new GraphInput(
            [Drug(0, "zongertinib", new PropertyInput("orr", new InputValue.Scalar("55", false, "input.nodes[0].properties.orr"), "input.nodes[0].properties.orr"))],
            [Targets(0, "zongertinib", "ERBB2", "PMID:x")]);

        var result = await GraphInputValidator.ValidateAsync(input, ExistingNodes.None, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Empty(result.Nodes);
        Assert.Equal(
            [
                "input.nodes[0].properties.orr: UNKNOWN_PROPERTY",
                "input.relationships[0].to: MISSING_NODE",
                "input.relationships[0].citations[0]: MALFORMED_CITATION",
            ],
            result.Errors.Select(e => $"{e.Location}: {e.Code}"));
    }

    [Fact]
    public async Task ValidateAsync_EndsOutsideTheBatch_LooksThemUpOnceAndAcceptsThoseFound()
    {
        var calls = new List<IReadOnlyCollection<string>>();
        ExistingNodeLookup lookup = (ids, _) =>
        {
            calls.Add(ids);
            return Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(new Dictionary<string, NodeKind> { ["ERBB2"] = NodeKind.Gene });
        };
        var input = new GraphInput(
            [Drug(0, "zongertinib")],
            [Targets(0, "zongertinib", "ERBB2", "PMID:1"), Targets(1, "zongertinib", "ERBB2", "PMID:2"), Targets(2, "zongertinib", "EGFR", "PMID:3")]);

        var result = await GraphInputValidator.ValidateAsync(input, lookup, CancellationToken.None);

        var call = Assert.Single(calls);
        Assert.Equal(["EGFR", "ERBB2"], call.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["input.relationships[1]: DUPLICATE_KEY", "input.relationships[2].to: MISSING_NODE"],
            result.Errors.Select(e => $"{e.Location}: {e.Code}"));
    }

    [Fact]
    public async Task ValidateAsync_EveryEndInTheBatch_DoesNotLookUp()
    {
        var called = false;
        ExistingNodeLookup lookup = (_, _) =>
        {
            called = true;
            return Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(new Dictionary<string, NodeKind>());
        };

        var result = await GraphInputValidator.ValidateAsync(
            new GraphInput([Drug(0, "a"), Drug(1, "b")], []), lookup, CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.False(called);
    }

    [Fact]
    public async Task ValidateAsync_EndOfTheWrongKindInTheStore_ReportsWrongKinds()
    {
        ExistingNodeLookup lookup = (_, _) =>
            Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(new Dictionary<string, NodeKind> { ["rash"] = NodeKind.AdverseEvent });

        var result = await GraphInputValidator.ValidateAsync(
            new GraphInput([Drug(0, "zongertinib")], [Targets(0, "zongertinib", "rash", "PMID:1")]), lookup, CancellationToken.None);

        Assert.Equal(["input.relationships[0].to: WRONG_KINDS"], result.Errors.Select(e => $"{e.Location}: {e.Code}"));
    }

    [Fact]
    public async Task ValidateAsync_SamePropertyTwice_ReportsDuplicateKey()
    {
        var value = new InputValue.Scalar("TKI", true, "x");
        var node = Drug(0, "zongertinib", new PropertyInput("drugClass", value, "input.nodes[0].properties[0]"), new PropertyInput("drugClass", value, "input.nodes[0].properties[1]"));

        var result = await GraphInputValidator.ValidateAsync(new GraphInput([node], []), ExistingNodes.None, CancellationToken.None);

        Assert.Equal(["input.nodes[0].properties[1]: DUPLICATE_KEY"], result.Errors.Select(e => $"{e.Location}: {e.Code}"));
    }

    [Fact]
    public void ValidationError_ToString_IsLocationCodeMessage()
    {
        Assert.Equal("graph-seed/a.yaml:7: MALFORMED_CITATION bad", new ValidationError("MALFORMED_CITATION", "bad", "graph-seed/a.yaml:7").ToString());
    }
}
