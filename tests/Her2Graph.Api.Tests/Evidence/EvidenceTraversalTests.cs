using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Evidence;

/// <summary>
/// The traversals of the evidence model on Support/evidence-seed: trial arms with their regimen, population and
/// adverse events; approvals with their drug, variants, basis trials, diseases and companion diagnostics; resistance
/// with OVERCOME_BY, INVOLVES roles and pathways; and the two-hop fields through arms.
/// </summary>
public sealed class EvidenceTraversalTests(EvidenceApiFactory api) : IClassFixture<EvidenceApiFactory>
{
    private const string FinalArm = "NCT04644237: 5.4 mg/kg, final analysis (ASCO 2024)";

    [Fact]
    public async Task DrugArms_ServeTheRegimenRoleAndDoseAndTheArmsTrialAndPopulation()
    {
        var drug = await QueryAsync("""
            { drug(name: "T-DXd") { arms(where: { node: { analysis: { eq: FINAL } } }) { edges {
                relationship { role doseAmount doseUnit schedule route }
                node { key trial { key } population { nodes { key } } regimen { nodes { key } } } } } } }
            """, "drug");

        var edge = Assert.Single(drug.GetProperty("arms").GetProperty("edges").EnumerateArray());
        var dose = edge.GetProperty("relationship");
        Assert.Equal(("MONOTHERAPY", 5.4, "mg/kg", "EVERY_3_WEEKS", "INTRAVENOUS"), (
            dose.GetProperty("role").GetString(), dose.GetProperty("doseAmount").GetDouble(), dose.GetProperty("doseUnit").GetString(),
            dose.GetProperty("schedule").GetString(), dose.GetProperty("route").GetString()));
        var arm = edge.GetProperty("node");
        Assert.Equal(FinalArm, arm.GetProperty("key").GetString());
        Assert.Equal("NCT04644237", arm.GetProperty("trial").GetProperty("key").GetString());
        Assert.Equal(["erbb2-exon20-insertions"], Keys(arm.GetProperty("population")));
        Assert.Equal(["trastuzumab deruxtecan"], Keys(arm.GetProperty("regimen")));
    }

    [Theory]
    [InlineData("""drug(name: "T-DXd") { arms(where: { node: { analysis: { eq: PRIMARY } } }) { totalCount } }""", 0)]
    [InlineData("""drug(name: "T-DXd") { arms(where: { node: { orrPercent: { gte: 50 } } }) { totalCount } }""", 1)]
    [InlineData("""drug(name: "T-DXd") { arms(where: { node: { orrPercent: { gte: 50.1 } } }) { totalCount } }""", 0)]
    [InlineData("""variant(name: "YVMA") { arms { totalCount } }""", 1)]
    [InlineData("""variant(name: "YVMA") { arms(includeClasses: true) { totalCount } }""", 2)]
    [InlineData("""variant(name: "YVMA") { approvals(includeClasses: true) { totalCount } }""", 1)]
    [InlineData("""trial(id: "DESTINY-Lung02") { adverseEvents(where: { relationship: { grade3PlusPercent: { gte: 2 } } }) { totalCount } }""", 1)]
    [InlineData("""trial(id: "DESTINY-Lung02") { adverseEvents(where: { relationship: { grade3PlusPercent: { gte: 2.1 } } }) { totalCount } }""", 0)]
    public async Task ArmTraversals_FilterByChoiceFigureAndClass(string field, int expected)
    {
        var data = await QueryAsync($"{{ result: {field} }}", "result");
        var connection = data.EnumerateObject().Single().Value;
        Assert.Equal(expected, connection.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TwoHopFields_EdgesAreTheSecondHopsRelationshipsThroughTheArm()
    {
        var drug = await QueryAsync("""
            { drug(name: "T-DXd") {
                trials { nodes { key } edges { relationship { to { key } } } }
                adverseEvents { edges { node { key } relationship { n grade5Count attribution from { key } } } } } }
            """, "drug");

        Assert.Equal(["NCT04644237"], Keys(drug.GetProperty("trials")));
        Assert.Equal(FinalArm, drug.GetProperty("trials").GetProperty("edges")[0].GetProperty("relationship").GetProperty("to").GetProperty("key").GetString());
        var incidence = Assert.Single(drug.GetProperty("adverseEvents").GetProperty("edges").EnumerateArray());
        Assert.Equal("ILD/pneumonitis", incidence.GetProperty("node").GetProperty("key").GetString());
        var relationship = incidence.GetProperty("relationship");
        Assert.Equal((101, 1, "ADJUDICATED_DRUG_RELATED", FinalArm), (
            relationship.GetProperty("n").GetInt32(), relationship.GetProperty("grade5Count").GetInt32(),
            relationship.GetProperty("attribution").GetString(), relationship.GetProperty("from").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Approval_ServesItsDrugVariantsBasisTrialsDiseasesAndDiagnostics()
    {
        var approval = await QueryAsync("""
            { approval(id: "FDA: trastuzumab deruxtecan, 2022-08-11") {
                authority approvalType reviewDesignations date
                drug { key } variants { nodes { key } } basisTrials { nodes { key } } diseases { nodes { key } }
                companionDiagnostics { edges { node { key specimens } relationship { date biomarker } } } } }
            """, "approval");

        Assert.Equal(("FDA", "ACCELERATED", "2022-08-11"), (
            approval.GetProperty("authority").GetString(), approval.GetProperty("approvalType").GetString(), approval.GetProperty("date").GetString()));
        Assert.Equal(["PRIORITY_REVIEW", "BREAKTHROUGH_THERAPY"], approval.GetProperty("reviewDesignations").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("trastuzumab deruxtecan", approval.GetProperty("drug").GetProperty("key").GetString());
        Assert.Equal(["erbb2-exon20-insertions"], Keys(approval.GetProperty("variants")));
        Assert.Equal(["NCT04644237"], Keys(approval.GetProperty("basisTrials")));
        Assert.Equal(["nsclc"], Keys(approval.GetProperty("diseases")));
        var diagnostic = Assert.Single(approval.GetProperty("companionDiagnostics").GetProperty("edges").EnumerateArray());
        Assert.Equal("oncomine-dx-target-test", diagnostic.GetProperty("node").GetProperty("key").GetString());
        Assert.Equal(["TISSUE"], diagnostic.GetProperty("node").GetProperty("specimens").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("2022-08-11", diagnostic.GetProperty("relationship").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Resistance_ServesOvercomeByWithItsTrialAndInvolvedPathwayWithItsRole()
    {
        var mechanism = await QueryAsync("""
            { resistanceMechanism(name: "pi3k-pathway-activation") {
                category
                overcomeBy { edges { node { key } relationship { evidenceFrom observedInKey observedIn { key } } } }
                involves { edges { node { __typename key } relationship { role } } } } }
            """, "resistanceMechanism");

        Assert.Equal("DOWNSTREAM_PATHWAY", mechanism.GetProperty("category").GetString());
        var overcome = Assert.Single(mechanism.GetProperty("overcomeBy").GetProperty("edges").EnumerateArray());
        Assert.Equal("zongertinib", overcome.GetProperty("node").GetProperty("key").GetString());
        Assert.Equal("PRECLINICAL", overcome.GetProperty("relationship").GetProperty("evidenceFrom").GetString());
        Assert.Equal("NCT04886804/phase-1b", overcome.GetProperty("relationship").GetProperty("observedIn").GetProperty("key").GetString());
        Assert.Equal("NCT04886804/phase-1b", overcome.GetProperty("relationship").GetProperty("observedInKey").GetString());
        var roles = mechanism.GetProperty("involves").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("node").GetProperty("__typename").GetString()!, e => e.GetProperty("relationship").GetProperty("role").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["Gene"] = "ACQUIRED_MUTATION", ["Pathway"] = "PATHWAY_ACTIVATION" }, roles);
    }

    [Fact]
    public async Task Disease_ServesSubtypesTrialsAndApprovals()
    {
        var disease = await QueryAsync("""
            { disease(name: "NSCLC") { subtypes { nodes { key } } trials { nodes { key } } approvals { nodes { key } } } }
            """, "disease");

        Assert.Equal(["non-squamous-nsclc"], Keys(disease.GetProperty("subtypes")));
        Assert.Equal(["NCT04644237"], Keys(disease.GetProperty("trials")));
        Assert.Equal(["FDA: trastuzumab deruxtecan, 2022-08-11"], Keys(disease.GetProperty("approvals")));
    }

    [Fact]
    public async Task TrialArms_OrderedByDataCutoff_SortInDateOrder()
    {
        var arms = await QueryAsync("{ trialArms(order: [{ field: DATA_CUTOFF, direction: DESC }]) { nodes { dataCutoff } } }", "trialArms");

        var cutoffs = arms.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("dataCutoff").GetString()).ToList();
        Assert.Equal(["2024-11-29", "2023-12"], cutoffs);
    }

    [Theory]
    [MemberData(nameof(CanonicalQueries))]
    public async Task CanonicalQuery_AgainstTheSchema_RunsWithoutErrors(string example)
    {
        // The examples are written for graph-seed/ (their snapshots are CanonicalQueryTests'); here they only have to be
        // valid documents of this schema, within the cost limits. An argument that must name a node (paths' ends) may
        // name one this graph lacks: that is the only error allowed.
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf($"src/Her2Graph.Api/Ide/examples/{example}.graphql"));
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = response.Json.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToList() : [];
        Assert.All(errors, error =>
        {
            Assert.Equal("BAD_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.StartsWith("no node has", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        });
    }

    public static TheoryData<string> CanonicalQueries() => Queries.CanonicalQueryTests.Examples();

    private async Task<JsonElement> QueryAsync(string query, string field)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty(field);
    }

    private static List<string?> Keys(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
}
