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
              cytoband: 17q12
            xrefs:
              - { scheme: ncbi-gene, id: "2064", status: verified }
              - { scheme: hgnc, id: "HGNC:3430", status: verified }
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

    public const string Trials = """
        kind: Trial
        nodes:
          - id: NCT03318939
            name: ZENITH20
            status: verified
            properties:
              registryId: NCT03318939
              phase: '2'
        """;

    public const string TrialArms = """
        kind: TrialArm
        nodes:
          - id: 'NCT03318939: cohort 2, 16 mg QD'
            name: ZENITH20 cohort 2, 16 mg QD
            status: verified
            properties:
              cohort: cohort 2
              analysis: primary
              n: 90
              orrPercent: 27.8
        """;

    public const string HasArm = """
        type: HAS_ARM
        relationships:
          - from: NCT03318939
            to: 'NCT03318939: cohort 2, 16 mg QD'
            status: verified
            citations: [NCT03318939]
        """;

    public const string Evaluates = """
        type: EVALUATES
        relationships:
          - from: 'NCT03318939: cohort 2, 16 mg QD'
            to: poziotinib
            status: verified
            evidence: clinical-trial
            citations: [NCT03318939]
            properties:
              role: monotherapy
              doseAmount: 16
              doseUnit: mg
              schedule: once-daily
              route: oral
        """;

    public const string HasAdverseEvent = """
        type: HAS_ADVERSE_EVENT
        relationships:
          - from: 'NCT03318939: cohort 2, 16 mg QD'
            to: rash
            qualifier: ZENITH20 cohort 2, 16 mg QD
            status: verified
            evidence: clinical-trial
            citations:
              - PMCID:PMC8887939
              - DOI:10.1200/JCO.21.01323
            properties:
              n: 90
              anyGradePercent: 48.9
              grade3PlusPercent: 10
        """;

    /// <summary>6 nodes and 4 relationships: a drug's arm of a trial, its regimen and an adverse-event rate, and a drug's target.</summary>
    public static IReadOnlyList<(string Path, string Yaml)> Valid { get; } =
    [
        ("nodes/adverse-events.yaml", AdverseEvents),
        ("nodes/drugs.yaml", Drugs),
        ("nodes/genes.yaml", Genes),
        ("nodes/trial-arms.yaml", TrialArms),
        ("nodes/trials.yaml", Trials),
        ("relationships/evaluates.yaml", Evaluates),
        ("relationships/has-adverse-event.yaml", HasAdverseEvent),
        ("relationships/has-arm.yaml", HasArm),
        ("relationships/targets.yaml", Targets),
    ];

    /// <summary>The nodes and relationships of <see cref="Valid"/>.</summary>
    public const int NodeCount = 6;

    public const int RelationshipCount = 4;

    /// <summary>The id of the arm of <see cref="TrialArms"/>.</summary>
    public const string ArmId = "NCT03318939: cohort 2, 16 mg QD";
}
