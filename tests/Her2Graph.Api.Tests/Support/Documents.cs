namespace Her2Graph.Api.Tests.Support;

/// <summary>The mutation documents the tests send; inputs go in variables, as a front end sends them.</summary>
public static class Documents
{
    public const string UpsertDrug = """
        mutation($input: DrugInput!, $comment: String) {
          upsertDrug(input: $input, comment: $comment) {
            drug { key name aliases status drugClass dose createdAt updatedAt createdBy updatedBy }
            changed version
          }
        }
        """;

    public const string Link = """
        mutation($input: LinkInput!, $comment: String) {
          link(input: $input, comment: $comment) {
            relationship { key type qualifier status evidenceLevel citations { value } createdBy ... on SensitiveToRelationship { armKey notes } }
            changed version
          }
        }
        """;

    public const string Unlink = """
        mutation($input: UnlinkInput!) { unlink(input: $input) { relationship { key } changed version } }
        """;

    public const string ImportGraph = """
        mutation($input: ImportGraphInput!, $dryRun: Boolean, $comment: String) {
          importGraph(input: $input, dryRun: $dryRun, comment: $comment) {
            dryRun valid changed version
            problems { code inputPath message }
            nodeCounts { created updated unchanged deleted }
            relationshipCounts { created updated unchanged deleted }
            nodes { key createdBy }
            relationships { key createdBy }
          }
        }
        """;

    /// <summary>A valid new drug.</summary>
    // Each drug a test creates needs an alias of its own: two drugs sharing one are refused (DUPLICATE_ALIAS).
    public static object Drug(string key = "testinib", string name = "Testinib", string? dose = null, string alias = "TST-1") =>
        new { key, name, aliases = new[] { alias }, status = "VERIFIED", drugClass = "TKI", dose };

    /// <summary>
    /// A trial arm in graph-seed/ and in Support/evidence-seed (DESTINY-Lung02's final analysis), for relationships that
    /// name the arm their figures are on.
    /// </summary>
    public const string SeededArm = "NCT04644237: 5.4 mg/kg, final analysis (ASCO 2024)";

    /// <summary>
    /// A valid SENSITIVE_TO from a seeded variant to <paramref name="drug"/>, naming a seeded arm; no arm for a drug no
    /// seeded arm gives (the arm must give the drug: ARM_MISMATCH).
    /// </summary>
    public static object SensitiveTo(string drug = "trastuzumab deruxtecan", string qualifier = "test cohort", string note = "test note", string citation = "PMID:34534430", string? arm = SeededArm) =>
        new
        {
            type = "SENSITIVE_TO",
            from = "ERBB2:A775_G776insYVMA",
            to = drug,
            qualifier,
            status = "VERIFIED",
            evidence = "CLINICAL_TRIAL",
            citations = new[] { citation },
            sensitiveTo = new { arm, notes = new[] { note } },
        };
}
