using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>
/// The input and output types of the evidence list, made once per schema: the relationship side over the union of
/// the evidence types' properties (EvidenceRelationshipFilter…), the node sides shared with every other connection
/// of their kind (TrialArmFilter, TrialArmOrderField, TrialArmAggregate, TrialArmFacets).
/// </summary>
internal sealed class EvidenceSchema
{
    public EvidenceSchema(GeneratedTypes types)
    {
        const string described = "evidence (HAS_ARM, HAS_ADVERSE_EVENT, APPROVES, SENSITIVE_TO, RESISTANT_TO, CONFERS_RESISTANCE_TO, OVERCOME_BY)";
        var properties = EvidenceKinds.Properties;
        Ends = EvidenceKinds.EndKinds.ToDictionary(k => k, k => NodeScopeTypes.Ensure(types, k));

        var relationshipFilter = types.Ensure("EvidenceRelationshipFilter", () => new RelationshipFilterInputGraphType("EvidenceRelationshipFilter", described, properties));
        Where = types.Ensure("EvidenceFilter", () => new EvidenceFilterInputGraphType(relationshipFilter, Ends));
        var relationshipOrder = types.Ensure("EvidenceRelationshipOrderField", () => new RelationshipOrderFieldGraphType("EvidenceRelationshipOrderField", properties));
        Order = types.Ensure("EvidenceOrder", () => new EvidenceOrderInputGraphType(relationshipOrder, Ends));

        var relationshipAggregate = types.Ensure("EvidenceRelationshipAggregate", () => new ScopeAggregateGraphType(
            "EvidenceRelationshipAggregate", described + " relationships", AggregateFields.Numbers(properties)));
        var relationshipFacets = types.Ensure("EvidenceRelationshipFacets", () => new ScopeFacetsGraphType(
            "EvidenceRelationshipFacets", described + " relationships", NodeScopeTypes.FacetFields(RelationshipFields.Status, properties).ToList()));
        Aggregate = types.Ensure("EvidenceAggregate", () => new EvidenceScopesGraphType(
            "EvidenceAggregate", "Summaries of the figures of the relationships and of each kind of end node, over every row that meets the filter (all pages).",
            relationshipAggregate, Ends.Where(e => e.Value.Aggregate is not null).Select(e => (e.Key, e.Value.Aggregate!)), kindFacet: false));
        Facets = types.Ensure("EvidenceFacets", () => new EvidenceScopesGraphType(
            "EvidenceFacets", "Counts per value over every row that meets the filter (all pages).",
            relationshipFacets, Ends.Select(e => (e.Key, e.Value.Facets)), kindFacet: true));
        Connection = types.Ensure("EvidenceConnection", () => new EvidenceConnectionGraphType(Aggregate, Facets));
        types.Ensure("EvidenceItem", () => new EvidenceItemGraphType());
        types.Ensure("EvidenceKind", () => new EvidenceKindGraphType());
    }

    /// <summary>The node-side types per kind of end node.</summary>
    public IReadOnlyDictionary<NodeKind, NodeScopeTypes> Ends { get; }

    public string Where { get; }

    public string Order { get; }

    public string Aggregate { get; }

    public string Facets { get; }

    public string Connection { get; }
}
