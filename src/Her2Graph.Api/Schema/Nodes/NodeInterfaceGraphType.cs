using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>The Relay Node interface, implemented by every node kind.</summary>
internal sealed class NodeInterfaceGraphType : InterfaceGraphType<GraphNode>
{
    public NodeInterfaceGraphType(IReadOnlyDictionary<NodeKind, NodeKindGraphType> kinds)
    {
        Name = "Node";
        Description = "A node of the HER2 graph. Every kind implements it; fetch any node with node(id:).";
        this.AddFieldsOf<GraphNode>(fields => fields.AddNodeFields());
        ResolveType = source => source is GraphNode node ? kinds[node.Kind] : null;
    }
}
