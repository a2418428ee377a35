using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>The object type of one relationship type (e.g. HasAdverseEventRelationship), with its typed properties.</summary>
internal sealed class RelationshipGraphType : ObjectGraphType<GraphRelationship>
{
    public RelationshipGraphType(RelationshipTypeDefinition definition, RelationshipInterfaceGraphType relationshipInterface)
    {
        Name = NameOf(definition.Type);
        Description = $"{definition.WireName}: {definition.Description}";
        this.AddRelationshipFields(EndTypeName(definition.FromKinds), EndTypeName(definition.ToKinds));
        this.AddPropertyFields(definition.Properties, r => r.Properties);
        if (definition.FindProperty(TrialProperty) is not null)
        {
            Field("trialNode", TypeRefs.Ref(nameof(NodeKind.Trial))).Description("The trial named by `trial`, as a node.")
                .Resolve().WithService<NodesByIdDataLoader>()
                .Resolve((c, nodes) => c.Source.Properties.GetText(TrialProperty) is { } trial ? nodes.Load(trial) : null);
        }

        AddResolvedInterface(relationshipInterface);
        IsTypeOf = source => source is GraphRelationship relationship && relationship.Type == definition.Type;
    }

    private const string TrialProperty = "trial";

    public static string NameOf(RelationshipType type) => type + "Relationship";

    private static string EndTypeName(IReadOnlyList<NodeKind> kinds) => kinds.Count == 1 ? kinds[0].ToString() : "Node";
}
