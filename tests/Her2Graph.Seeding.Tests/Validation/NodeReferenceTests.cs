using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Node-reference properties (a claim's arm, a resistance's observedIn): the node must exist, in the batch or the store, and be of the kinds the property names.</summary>
public sealed class NodeReferenceTests
{
    private const string Mechanisms = """
        kind: ResistanceMechanism
        nodes:
          - id: her2-c805s
            name: HER2 C805S
            status: from-knowledge
        """;

    private const string ConfersResistanceTo = """
        type: CONFERS_RESISTANCE_TO
        relationships:
          - from: her2-c805s
            to: poziotinib
            status: from-knowledge
            citations: [PMID:34534430]
            properties:
              evidenceFrom: preclinical
              observedIn: NCT03318939
        """;

    private static TempSeedFolder WithObservedIn(string trial) => new TempSeedFolder().WithValidGraph().Write("nodes/resistance-mechanisms.yaml", Mechanisms)
        .Write("relationships/confers-resistance-to.yaml", ConfersResistanceTo.Replace("observedIn: NCT03318939", $"observedIn: {trial}", StringComparison.Ordinal));

    [Fact]
    public async Task Validate_ReferenceToANodeOfItsKind_IsValid()
    {
        using var seed = WithObservedIn("NCT03318939");

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ReferenceToNoNode_ReportsMissingNodeAtTheProperty()
    {
        using var seed = WithObservedIn("NCT0331893");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/relationships/confers-resistance-to.yaml:9: MISSING_NODE no node has the id 'NCT0331893' (observedIn names a Trial)", error.ToString());
    }

    [Fact]
    public async Task Validate_ReferenceToANodeOfAnotherKind_ReportsWrongKindsAtTheProperty()
    {
        using var seed = WithObservedIn("poziotinib");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/relationships/confers-resistance-to.yaml:9: WRONG_KINDS observedIn must name a Trial, not Drug 'poziotinib'", error.ToString());
    }

    [Theory]
    [InlineData("observedIn: ' NCT03318939'", "KEY_NOT_TRIMMED")]
    [InlineData("observedIn: [NCT03318939]", "WRONG_TYPE")]
    public async Task Validate_ReferenceThatIsNoKey_ReportsItsCode(string line, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/resistance-mechanisms.yaml", Mechanisms)
            .Write("relationships/confers-resistance-to.yaml", ConfersResistanceTo.Replace("observedIn: NCT03318939", line, StringComparison.Ordinal));

        Assert.Equal([$"graph-seed/relationships/confers-resistance-to.yaml:9: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task ValidateAsync_ReferenceOutsideTheBatch_IsLookedUpWithTheEnds()
    {
        var calls = new List<IReadOnlyCollection<string>>();
        ExistingNodeLookup lookup = (ids, _) =>
        {
            calls.Add(ids);
            var store = new Dictionary<string, NodeKind>
            {
                ["her2-c805s"] = NodeKind.ResistanceMechanism,
                ["poziotinib"] = NodeKind.Drug,
                ["NCT03318939"] = NodeKind.Trial,
            };
            return Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(ids.Where(store.ContainsKey).ToDictionary(id => id, id => store[id]));
        };
        var observedIn = new PropertyInput("observedIn", new InputValue.Scalar("NCT03318939", true, "input.properties.observedIn"), "input.properties.observedIn");
        var relationship = new RelationshipInput(
            "input", new Located<string>("CONFERS_RESISTANCE_TO", "input.type"), new Located<string>("her2-c805s", "input.from"),
            new Located<string>("poziotinib", "input.to"), null, new Located<string>("verified", "input.status"), null, null,
            [new Located<string>("PMID:34534430", "input.citations[0]")], [observedIn]);

        var result = await GraphInputValidator.ValidateAsync(new GraphInput([], [relationship]), lookup, CancellationToken.None);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([["her2-c805s", "poziotinib"], ["NCT03318939"]], calls.Select(c => c.Order(StringComparer.Ordinal).ToArray()));
        Assert.Equal("NCT03318939", Assert.Single(result.Relationships).Properties["observedIn"].GetString());
    }

    [Fact]
    public async Task ValidateAsync_ReferenceTheStoreDoesNotHold_ReportsMissingNode()
    {
        var arm = new PropertyInput("arm", new InputValue.Scalar("NCT03318939: none", true, "input.properties.arm"), "input.properties.arm");
        var relationship = new RelationshipInput(
            "input", new Located<string>("SENSITIVE_TO", "input.type"), new Located<string>("ERBB2:A775_G776insYVMA", "input.from"),
            new Located<string>("poziotinib", "input.to"), null, new Located<string>("verified", "input.status"), null, null,
            [new Located<string>("PMID:34534430", "input.citations[0]")], [arm]);
        ExistingNodeLookup lookup = (ids, _) => Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(
            ids.Where(id => id != "NCT03318939: none").ToDictionary(id => id, id => id == "poziotinib" ? NodeKind.Drug : NodeKind.Variant));

        var result = await GraphInputValidator.ValidateAsync(new GraphInput([], [relationship]), lookup, CancellationToken.None);

        Assert.Equal(["input.properties.arm: MISSING_NODE"], result.Errors.Select(e => $"{e.Location}: {e.Code}"));
    }
}
