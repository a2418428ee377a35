using Her2Graph.Domain.Actionability;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Tests.Actionability;

/// <summary>A small graph built in code for one rule's test: a variant in a class in a class, a drug, NSCLC and a subtype of it.</summary>
internal sealed class RuleGraph
{
    public const string Variant = "ERBB2:V1";
    public const string Class = "class-inner";
    public const string Outer = "class-outer";
    public const string Drug = "testinib";

    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];

    public RuleGraph()
    {
        Node(Variant, NodeKind.Variant);
        Node(Class, NodeKind.VariantClass);
        Node(Outer, NodeKind.VariantClass);
        Node(Drug, NodeKind.Drug);
        Node("nsclc", NodeKind.Disease);
        Node("nonsquamous-nsclc", NodeKind.Disease);
        Node("breast-cancer", NodeKind.Disease);
        Link(RelationshipType.MemberOf, Variant, Class, status: VerificationStatus.FromKnowledge, evidence: EvidenceLevel.Curated);
        Link(RelationshipType.MemberOf, Class, Outer, evidence: EvidenceLevel.Curated);
        Link(RelationshipType.SubtypeOf, "nonsquamous-nsclc", "nsclc", evidence: EvidenceLevel.Curated);
    }

    public RuleGraph Node(string id, NodeKind kind, VerificationStatus status = VerificationStatus.Verified, params (string Name, object Value)[] properties)
    {
        _nodes.Add(new GraphNode(id, kind, id, [], PropertyBag.Of(properties), new Provenance([], status)));
        return this;
    }

    public RuleGraph Link(
        RelationshipType type, string from, string to, VerificationStatus status = VerificationStatus.Verified, EvidenceLevel? evidence = null, params (string Name, object Value)[] properties)
    {
        _relationships.Add(new GraphRelationship(type, from, to, "", PropertyBag.Of(properties), new Provenance([Citation.Parse("PMID:34534430")], status, null, evidence)));
        return this;
    }

    /// <summary>An approval of the drug by the authority, for the node, in the disease (none when null).</summary>
    public RuleGraph Approval(string id, string authority, string forNode, string? disease, VerificationStatus status = VerificationStatus.Verified)
    {
        Node(id, NodeKind.Approval, status, ("authority", authority));
        Link(RelationshipType.Approves, id, Drug, evidence: EvidenceLevel.Regulatory);
        Link(RelationshipType.ApprovedFor, id, forNode, evidence: EvidenceLevel.Regulatory);
        if (disease is not null) Link(RelationshipType.InDisease, id, disease, evidence: EvidenceLevel.Regulatory);
        return this;
    }

    /// <summary>A trial with one arm giving the drug in the role, the trial enrolling the node.</summary>
    public RuleGraph Trial(string trial, string enrolls, string role = "MONOTHERAPY", string drug = Drug)
    {
        var arm = $"{trial}: arm";
        Node(trial, NodeKind.Trial);
        Node(arm, NodeKind.TrialArm);
        Link(RelationshipType.HasArm, trial, arm);
        Link(RelationshipType.Evaluates, arm, drug, properties: ("role", role));
        Link(RelationshipType.Enrolls, trial, enrolls);
        return this;
    }

    public IReadOnlyList<ActionabilityFinding> Evaluate(string variant = Variant, string? drug = Drug) =>
        ActionabilityEvaluator.Evaluate(new ActionabilityGraph(_nodes, _relationships), variant, drug);
}
