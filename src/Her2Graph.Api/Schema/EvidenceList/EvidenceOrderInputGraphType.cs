using GraphQL.Types;
using Her2Graph.Api.Schema.Listing;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>One sort key of the evidence list: a field of the relationship or of the end of one kind, exactly one of them.</summary>
internal sealed class EvidenceOrderInputGraphType : InputObjectGraphType
{
    public EvidenceOrderInputGraphType(string relationshipFields, IReadOnlyDictionary<Domain.Graph.NodeKind, NodeScopeTypes> ends)
    {
        Name = "EvidenceOrder";
        Description = "A sort key for evidence rows: give exactly one of relationship or a node kind. Rows without the value (no end of that kind, or no figure) sort last in both directions; ties fall back to the relationship key.";
        Field("relationship", Ref(relationshipFields)).Description("A field of the relationship.");
        foreach (var (kind, scope) in ends)
            Field(EvidenceKinds.FieldOf(kind), Ref(scope.OrderField)).Description($"A field of the row's {kind} end.");
        Field("direction", NonNullRef("SortDirection")).Description("ASC or DESC.").DefaultValue(Domain.Store.SortDirection.Ascending);
    }
}
