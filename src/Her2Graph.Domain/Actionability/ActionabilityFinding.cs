using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>One level for a variant–drug pair, with the rule that gave it and every fact the rule used.</summary>
/// <param name="Variant">The variant (or class) asked about.</param>
/// <param name="Drug">The drug.</param>
/// <param name="Level">The Li 2017 level, or undetermined.</param>
/// <param name="Direction">Response or resistance.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Reason">Why, in words, naming the facts.</param>
/// <param name="Status">The status of the weakest fact used: a from-knowledge or unverified fact is never promoted.</param>
/// <param name="WeakestFact">The key of a node or relationship with that status (the first met), so a reader knows what to check.</param>
/// <param name="CoveredBy">The node the evidence is recorded on: the variant itself or a class it is a MEMBER_OF.</param>
/// <param name="CoveragePath">The MEMBER_OF relationships from the variant to <paramref name="CoveredBy"/>, in order; empty for the variant itself.</param>
/// <param name="Triggers">The approvals, trials, arms, mechanisms and relationships the rule used.</param>
public sealed record ActionabilityFinding(
    GraphNode Variant,
    GraphNode Drug,
    ActionabilityLevel Level,
    ResponseDirection Direction,
    ActionabilityRule Rule,
    string Reason,
    VerificationStatus Status,
    string WeakestFact,
    GraphNode CoveredBy,
    IReadOnlyList<GraphRelationship> CoveragePath,
    ActionabilityTriggers Triggers);
