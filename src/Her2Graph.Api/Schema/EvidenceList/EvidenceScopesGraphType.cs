using GraphQL.Types;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>
/// The evidence list's aggregate or facets: the relationship's, and per kind of end node that kind's (TrialArmAggregate…),
/// over the end of that kind of every matching row; facets also count rows per evidence kind.
/// </summary>
internal sealed class EvidenceScopesGraphType : ObjectGraphType<Aggregates?>
{
    public EvidenceScopesGraphType(string name, string description, string? relationship, IEnumerable<(NodeKind Kind, string Type)> ends, bool kindFacet)
    {
        Name = name;
        Description = description;
        if (kindFacet)
        {
            Field("kind", NonNullListOf(Ref("FacetValue"))).Description("Rows per evidence kind (ARM_RESULT…), most first.")
                .Resolve(c => (c.Source?.FacetOf(EvidenceRequest.KindFacet)?.Counts ?? [])
                    .Select(v => v with { Value = EvidenceKinds.NameOfWire(v.Value) }).ToList());
        }

        if (relationship is not null)
            Field("relationship", NonNullRef(relationship)).Description("Of the relationships.").Resolve(c => new ScopedAggregates(c.Source, FilterScope.Relationship));
        foreach (var (kind, type) in ends)
        {
            Field(EvidenceKinds.FieldOf(kind), NonNullRef(type)).Description($"Of the rows' {kind} ends (once per row that has one).")
                .Resolve(c => new ScopedAggregates(c.Source, FilterScope.Node, kind));
        }
    }
}
