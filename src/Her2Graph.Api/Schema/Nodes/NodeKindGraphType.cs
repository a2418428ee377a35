using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>The object type of one node kind (Gene, Drug…): common node fields, typed properties, traversals.</summary>
internal sealed class NodeKindGraphType : ObjectGraphType<GraphNode>
{
    public NodeKindGraphType(NodeKindDefinition definition)
    {
        Name = definition.Kind.ToString();
        Description = $"{definition.Description} Key: {definition.KeyRule}.";
        Kind = definition.Kind;
        this.AddNodeFields();
        this.AddPropertyFields(definition.Properties, n => n.Properties);
        IsTypeOf = source => source is GraphNode node && node.Kind == definition.Kind;
    }

    public NodeKind Kind { get; }
}
