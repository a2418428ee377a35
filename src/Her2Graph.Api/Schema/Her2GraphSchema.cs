using GraphQL.Types;
using Her2Graph.Api.Schema.Actionability;
using Her2Graph.Api.Schema.Evidence;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.GraphInfo;
using Her2Graph.Api.Schema.Identifiers;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Paths;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Api.Schema.Relationships;
using Her2Graph.Api.Schema.Resolution;
using Her2Graph.Api.Schema.Search;
using Her2Graph.Api.Schema.Traversals;
using Her2Graph.Api.Schema.Vocabularies;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema;

/// <summary>
/// The one schema of the API. Node and relationship types are generated from the Domain catalog
/// (<see cref="NodeKinds"/>, <see cref="RelationshipTypes"/>) so the SDL always documents every property the graph holds.
/// </summary>
internal sealed class Her2GraphSchema : GraphQL.Types.Schema
{
    public Her2GraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "Her2Graph: a knowledge graph of HER2-mutant non-small cell lung cancer. Every relationship carries its evidence.";
        var kinds = NodeKinds.All.ToDictionary(d => d.Kind, d => new NodeKindGraphType(d));
        var nodeInterface = new NodeInterfaceGraphType(kinds);
        var relationships = new Dictionary<Her2Graph.Domain.Graph.RelationshipType, RelationshipGraphType>();
        var relationshipInterface = new RelationshipInterfaceGraphType(relationships);
        foreach (var definition in RelationshipTypes.All) relationships[definition.Type] = new RelationshipGraphType(definition, relationshipInterface);
        var shared = new GeneratedTypes();
        foreach (var kind in kinds.Values)
        {
            kind.AddResolvedInterface(nodeInterface);
            kind.AddTraversals(shared);
            if (kind.Kind == Her2Graph.Domain.Graph.NodeKind.Variant) kind.AddActionability();
        }

        var generated = new List<IGraphType>();
        Query = new QueryGraphType(generated, shared);
        Mutation = new MutationGraphType(generated);

        IGraphType[] common =
        [
            nodeInterface, relationshipInterface, new VerificationStatusGraphType(), new EvidenceLevelGraphType(), new NodeKindEnumGraphType(),
            new RelationshipTypeEnumGraphType(), new DirectionGraphType(), new SortDirectionGraphType(), new CitationKindGraphType(),
            new CitationGraphType(), new PageInfoGraphType(), new SearchHitGraphType(), new PathGraphType(), new PathStepGraphType(),
            new GraphInfoGraphType(), new ReleaseGraphType(), new KindCountGraphType(), new TypeCountGraphType(), new DrugResponseGraphType(), new ActionabilityLevelGraphType(), new ResponseDirectionGraphType(), new ActionabilityRuleGraphType(), new ActionabilityTriggersGraphType(), new ActionabilityGraphType(),
            new StringFilterInputGraphType(), new NumberFilterInputGraphType(), new FlagFilterInputGraphType(), new StatusFilterInputGraphType(),
            new PartialDateGraphType(), new XrefSchemeGraphType(), new NotationKindGraphType(), new GenomeBuildGraphType(), new MatchLevelGraphType(), new ParsedNotationGraphType(), new NotationErrorGraphType(), new VariantMatchGraphType(), new ClassPlacementGraphType(), new VariantResolutionGraphType(), new MatchedByGraphType(), new NameMatchGraphType(), new CrossReferenceGraphType(), new CrossReferenceInputGraphType(), .. ChoiceEnumGraphType.All(), .. ChoiceFilterInputGraphType.ForAllProperties(), .. FilterInputTypes.Shared(),
        ];
        foreach (var type in common.Concat(kinds.Values).Concat(relationships.Values).Concat(generated).Concat(shared.All)) RegisterType(type);
    }
}
