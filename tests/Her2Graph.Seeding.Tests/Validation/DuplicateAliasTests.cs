using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>DUPLICATE_ALIAS in a seed folder: no id, name or alias of one kind reads the same as another node's once case and punctuation are ignored.</summary>
public sealed class DuplicateAliasTests
{
    private static string Drug(string id, string name, string aliases) => $"""
        kind: Drug
        nodes:
          - id: {id}
            name: {name}
            aliases: {aliases}
            status: verified
        """;

    [Fact]
    public async Task Validate_AliasOfAnotherNodeOfTheKind_ReportsDuplicateAliasWithBothLocations()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-drugs.yaml", Drug("ds-8201", "DS-8201", "[tdxd]"));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(
            "graph-seed/nodes/more-drugs.yaml:5: DUPLICATE_ALIAS the alias 'tdxd' of Drug 'ds-8201' at graph-seed/nodes/more-drugs.yaml:5 reads the same as "
            + "the alias 'T-DXd' of Drug 'trastuzumab deruxtecan' at graph-seed/nodes/drugs.yaml:5 once case and punctuation are ignored: "
            + "a lookup by it could not tell the two nodes apart; keep the name on one node only, or merge the nodes",
            error.ToString());
    }

    [Theory]
    [InlineData("Poziotinib", "[]", 4)]
    [InlineData("NOV120101", "['POZIOTINIB']", 5)]
    [InlineData("enhertu", "[]", 4)]
    public async Task Validate_NameOrAliasThatIsAnotherNodesIdNameOrAlias_ReportsDuplicateAlias(string name, string aliases, int at)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-drugs.yaml", Drug("another drug", name, aliases));

        Assert.Equal([$"graph-seed/nodes/more-drugs.yaml:{at}: DUPLICATE_ALIAS"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_IdsThatDifferOnlyInCaseAndPunctuation_ReportsDuplicateAliasAtTheSecondId()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-drugs.yaml", Drug("Trastuzumab-Deruxtecan", "T DXd 2", "[]"));

        Assert.Equal(["graph-seed/nodes/more-drugs.yaml:3: DUPLICATE_ALIAS"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NodeRepeatingItsOwnNames_IsValid()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("nodes/more-drugs.yaml", Drug("zongertinib", "Zongertinib", "[BI 1810631, bi-1810631, ZONGERTINIB]"));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NodesOfTwoKindsSharingAName_IsValid()
    {
        // A trial and one of its arms, or a gene and its drug target, may read the same: a lookup names the kind.
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-drugs.yaml", Drug("zenith-20 drug", "zenith-20 drug", "[ZENITH-20]"));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NameThatIsOnlyPunctuation_IsNotComparedWithOthers()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("nodes/more-drugs.yaml", Drug("drug a", "drug a", "['-']") + "\n  - id: drug b\n    name: drug b\n    aliases: ['-']\n    status: verified");

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
