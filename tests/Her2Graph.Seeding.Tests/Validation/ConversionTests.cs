using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>What a valid seed folder becomes: graph nodes and relationships with typed JSON properties and provenance.</summary>
public sealed class ConversionTests
{
    private static async Task<GraphValidationResult> ValidateAsync(TempSeedFolder seed) =>
        await GraphInputValidator.ValidateAsync(SeedFolderReader.Read(seed.Folder).Input, ExistingNodes.None, CancellationToken.None);

    [Fact]
    public async Task Validate_ValidNode_ConvertsNameAliasesPropertiesAndProvenance()
    {
        using var seed = new TempSeedFolder().WithValidGraph();

        var result = await ValidateAsync(seed);

        var drug = Assert.Single(result.Nodes, n => n.Id == "trastuzumab deruxtecan");
        Assert.Equal(NodeKind.Drug, drug.Kind);
        Assert.Equal(["T-DXd", "Enhertu"], drug.Aliases);
        Assert.Equal("""{"drugClass":"ADC"}""", drug.Properties.Json);
        Assert.Equal(new Provenance([], VerificationStatus.Verified, "DAR ~8 verified"), drug.Provenance);
        var gene = Assert.Single(result.Nodes, n => n.Id == "ERBB2");
        Assert.Equal("""{"cytoband":"17q12"}""", gene.Properties.Json);
        Assert.Equal(
            [new CrossReference(XrefScheme.NcbiGene, "2064", VerificationStatus.Verified), new CrossReference(XrefScheme.Hgnc, "HGNC:3430", VerificationStatus.Verified)],
            gene.Xrefs);
        Assert.Equal([new Citation(CitationKind.Database, "HGNC:3430")], gene.Provenance.Citations);
    }

    [Fact]
    public async Task Validate_ValidRelationship_ConvertsKeyNumbersCitationsAndEvidence()
    {
        using var seed = new TempSeedFolder().WithValidGraph();

        var result = await ValidateAsync(seed);

        var adverseEvent = Assert.Single(result.Relationships, r => r.Type == RelationshipType.HasAdverseEvent);
        Assert.Equal(new RelationshipKey(RelationshipType.HasAdverseEvent, SeedFiles.ArmId, "rash", "ZENITH20 cohort 2, 16 mg QD"), adverseEvent.Key);
        Assert.Equal("""{"anyGradePercent":48.9,"grade3PlusPercent":10,"n":90}""", adverseEvent.Properties.Json);
        Assert.Equal(
            new Provenance(
                [new Citation(CitationKind.Pmcid, "PMCID:PMC8887939"), new Citation(CitationKind.Doi, "DOI:10.1200/JCO.21.01323")],
                VerificationStatus.Verified,
                null,
                EvidenceLevel.ClinicalTrial),
            adverseEvent.Provenance);
        var evaluates = Assert.Single(result.Relationships, r => r.Type == RelationshipType.Evaluates);
        Assert.Equal("""{"doseAmount":16,"doseUnit":"mg","role":"MONOTHERAPY","route":"ORAL","schedule":"ONCE_DAILY"}""", evaluates.Properties.Json);
        var targets = Assert.Single(result.Relationships, r => r.Type == RelationshipType.Targets);
        Assert.Equal(string.Empty, targets.Qualifier);
        Assert.Equal(EvidenceLevel.Regulatory, targets.Provenance.EvidenceLevel);
    }

    [Fact]
    public async Task Validate_WholeNumberWrittenWithAFraction_IsAJsonInteger()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("grade3PlusPercent: 10", "grade3PlusPercent: 10.0", StringComparison.Ordinal));

        var result = await ValidateAsync(seed);

        Assert.Equal(10, Assert.Single(result.Relationships, r => r.Type == RelationshipType.HasAdverseEvent).Properties["grade3PlusPercent"].GetInt64());
    }

    [Fact]
    public async Task Validate_TypedValues_AreJsonOfTheirType()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/publications.yaml", """
            kind: Publication
            nodes:
              - id: 10.1056/NEJMoa2112431
                name: DESTINY-Lung01
                status: unverified
                properties:
                  date: 2022-01-13
                  fullTextRetrieved: true
                  keyClaims:
                    - ORR 55%
                    - 2023
                  journal: N Engl J Med
            """);

        var result = await ValidateAsync(seed);

        var publication = Assert.Single(result.Nodes, n => n.Kind == NodeKind.Publication);
        Assert.Equal(
            """{"date":"2022-01-13","fullTextRetrieved":true,"journal":"N Engl J Med","keyClaims":["ORR 55%","2023"]}""",
            publication.Properties.Json);
        Assert.Equal(VerificationStatus.Unverified, publication.Provenance.Status);
    }
}
