namespace Her2Graph.Seeding.Tests.Support;

/// <summary>
/// The evidence around the arm of <see cref="SeedFiles"/>: the variant it studies (a member of the class its trial
/// enrolls), a SENSITIVE_TO that names it, and an approval of its drug based on its trial. Valid together with
/// <see cref="SeedFiles.Valid"/>; tests break one record and assert the file:line of the error (noted at the right).
/// </summary>
internal static class EvidenceSeedFiles
{
    public const string Variants = """
        kind: Variant
        nodes:
          - id: ERBB2:A775_G776insYVMA
            name: YVMA
            status: verified
          - id: ERBB2:G776delinsVC
            name: G776delinsVC
            status: verified
        """;

    public const string VariantClasses = """
        kind: VariantClass
        nodes:
          - id: erbb2-exon20-insertions
            name: ERBB2 exon 20 insertions
            status: verified
        """;

    public const string Approvals = """
        kind: Approval
        nodes:
          - id: 'FDA: poziotinib, 2099'
            name: FDA approval of poziotinib (fixture)
            status: unverified
            properties:
              authority: fda
              approvalType: accelerated
        """;

    public const string MemberOf = """
        type: MEMBER_OF
        relationships:
          - from: ERBB2:A775_G776insYVMA
            to: erbb2-exon20-insertions
            status: verified
            citations: [PMID:34534430]
        """;

    public const string Studies = """
        type: STUDIES
        relationships:
          - from: 'NCT03318939: cohort 2, 16 mg QD'
            to: ERBB2:A775_G776insYVMA
            status: verified
            citations: [NCT03318939]
        """;

    public const string Enrolls = """
        type: ENROLLS
        relationships:
          - from: NCT03318939
            to: erbb2-exon20-insertions
            status: verified
            citations: [NCT03318939]
        """;

    public const string SensitiveTo = """
        type: SENSITIVE_TO
        relationships:
          - from: ERBB2:A775_G776insYVMA
            to: poziotinib
            status: verified
            evidence: clinical-trial
            citations: [PMID:34534430]
            properties:
              arm: 'NCT03318939: cohort 2, 16 mg QD'
        """;

    public const string Approves = """
        type: APPROVES
        relationships:
          - from: 'FDA: poziotinib, 2099'
            to: poziotinib
            status: unverified
            citations: [NCT03318939]
        """;

    public const string BasedOn = """
        type: BASED_ON
        relationships:
          - from: 'FDA: poziotinib, 2099'
            to: NCT03318939
            status: unverified
            citations: [NCT03318939]
        """;

    public static IReadOnlyList<(string Path, string Yaml)> Files { get; } =
    [
        ("nodes/approvals.yaml", Approvals),
        ("nodes/variant-classes.yaml", VariantClasses),
        ("nodes/variants.yaml", Variants),
        ("relationships/approves.yaml", Approves),
        ("relationships/based-on.yaml", BasedOn),
        ("relationships/enrolls.yaml", Enrolls),
        ("relationships/member-of.yaml", MemberOf),
        ("relationships/sensitive-to.yaml", SensitiveTo),
        ("relationships/studies.yaml", Studies),
    ];

    public const string ApprovalId = "FDA: poziotinib, 2099";

    /// <summary>Writes <see cref="SeedFiles.Valid"/> and these files.</summary>
    public static TempSeedFolder WithEvidenceGraph(this TempSeedFolder seed)
    {
        seed.WithValidGraph();
        foreach (var (path, yaml) in Files) seed.Write(path, yaml);
        return seed;
    }
}
