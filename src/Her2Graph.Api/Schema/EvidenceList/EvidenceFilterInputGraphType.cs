using GraphQL.Types;
using Her2Graph.Api.Schema.Listing;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>
/// The <c>where</c> of the evidence list: the relationship, and per kind of end node its kind's filter (DrugFilter,
/// TrialArmFilter…), which holds when the row's end of that kind meets it, with and/or/not.
/// </summary>
internal sealed class EvidenceFilterInputGraphType : InputObjectGraphType
{
    public EvidenceFilterInputGraphType(string relationshipFilter, IReadOnlyDictionary<Domain.Graph.NodeKind, NodeScopeTypes> ends)
    {
        Name = "EvidenceFilter";
        Description = "Conditions on evidence rows. Fields given together must all hold; a node-kind field holds when the row's end of that kind meets it, so rows with no end of that kind do not match.";
        Field("and", new ListGraphType(NonNullRef(Name))).Description("All of these hold.");
        Field("or", new ListGraphType(NonNullRef(Name))).Description("At least one of these holds.");
        Field("not", Ref(Name)).Description("This does not hold.");
        Field("relationship", Ref(relationshipFilter)).Description("Conditions on the relationship: its figures (n, anyGradePercent…), status, evidence level, arm, evidenceFrom.");
        foreach (var (kind, scope) in ends)
            Field(EvidenceKinds.FieldOf(kind), Ref(scope.Filter)).Description($"Conditions on the row's {kind} end (its fields and its links).");
    }
}
