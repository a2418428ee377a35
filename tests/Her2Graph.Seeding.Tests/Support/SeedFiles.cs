namespace Her2Graph.Seeding.Tests.Support;

/// <summary>
/// A small valid seed folder. Tests replace one file with a broken copy and assert the exact file:line of the error,
/// so the line numbers below matter: they are noted at the right of key lines.
/// </summary>
internal static class SeedFiles
{
    public const string AdverseEvents = """
        kind: AdverseEvent
        nodes:
          - id: rash
            name: rash
            status: verified
        """;

    public const string Drugs = """
        kind: Drug
        nodes:
          - id: trastuzumab deruxtecan
            name: trastuzumab deruxtecan
            aliases: [T-DXd, Enhertu]
            status: verified
            statusNote: DAR ~8 verified
            properties:
              drugClass: ADC
          - id: poziotinib
            name: poziotinib
            status: from-knowledge
            properties:
              drugClass: TKI
        """;

    public const string Genes = """
        kind: Gene
        nodes:
          - id: ERBB2
            name: ERBB2
            status: verified
            citations: [HGNC:3430]
            properties:
              ncbiGeneId: 2064
              cytoband: 17q12
        """;

    public const string Targets = """
        type: TARGETS
        relationships:
          - from: trastuzumab deruxtecan
            to: ERBB2
            status: verified
            evidence: regulatory
            citations: [PMID:34534430]
            properties:
              mechanism: antibody-drug conjugate against HER2
        """;

    public const string HasAdverseEvent = """
        type: HAS_ADVERSE_EVENT
        relationships:
          - from: poziotinib
            to: rash
            qualifier: ZENITH20 cohort 2, 16 mg QD
            status: verified
            evidence: clinical-trial
            citations:
              - PMCID:PMC8887939
              - DOI:10.1200/JCO.21.01323
            properties:
              trial: NCT03318939
              anyGradePercent: 48.9
              grade3PlusPercent: 10
        """;

    public static IReadOnlyList<(string Path, string Yaml)> Valid { get; } =
    [
        ("nodes/adverse-events.yaml", AdverseEvents),
        ("nodes/drugs.yaml", Drugs),
        ("nodes/genes.yaml", Genes),
        ("relationships/has-adverse-event.yaml", HasAdverseEvent),
        ("relationships/targets.yaml", Targets),
    ];
}
