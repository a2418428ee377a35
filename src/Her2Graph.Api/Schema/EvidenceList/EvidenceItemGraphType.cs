using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>One row of the evidence list: a figure-bearing relationship with the nodes it connects.</summary>
internal sealed class EvidenceItemGraphType : ObjectGraphType<PagedRelationship>
{
    public EvidenceItemGraphType()
    {
        Name = "EvidenceItem";
        Description = "One figure-bearing record (an arm's result, an adverse-event rate, an approval, a sensitivity or resistance statement) with the nodes it connects.";
        Field("kind", NonNullRef("EvidenceKind")).Description("What the row records.").Resolve(c => c.Source.Relationship.Type);
        Field("relationship", NonNullRef("Relationship"))
            .Description("The relationship with its figures: select them with a typed fragment (... on HasAdverseEventRelationship { anyGradePercent }).")
            .Resolve(c => c.Source.Relationship);
        Field("from", NonNullRef("Node")).Description("The node the relationship starts at (the trial, arm, approval, variant or mechanism).").Resolve(c => c.Source.From);
        Field("to", NonNullRef("Node")).Description("The node the relationship ends at (the arm, adverse event or drug).").Resolve(c => c.Source.To);
        Field("status", NonNullRef("VerificationStatus")).Description("How far the relationship and its figures were checked.").Resolve(c => c.Source.Relationship.Provenance.Status);
        Field("evidenceLevel", Ref("EvidenceLevel")).Description("The strongest kind of evidence behind it, where stated.").Resolve(c => c.Source.Relationship.Provenance.EvidenceLevel);
        Field("citations", NonNullListOf(Ref("Citation"))).Description("The relationship's sources: at least one.").Resolve(c => c.Source.Relationship.Provenance.Citations);
    }
}
