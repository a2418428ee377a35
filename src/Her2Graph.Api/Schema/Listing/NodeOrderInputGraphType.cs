using GraphQL.Types;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>One sort key of a kind's connection (DrugOrder…).</summary>
internal sealed class NodeOrderInputGraphType : InputObjectGraphType
{
    public NodeOrderInputGraphType(NodeKindDefinition definition, NodeOrderFieldGraphType fields)
    {
        Name = definition.Kind + "Order";
        Description = $"A sort key for {definition.Kind} nodes; ties are broken by key.";
        Field("field", new NonNullGraphType(fields)).Description("What to sort by.");
        Field("direction", TypeRefs.NonNullRef("SortDirection")).Description("ASC or DESC.").DefaultValue(Domain.Store.SortDirection.Ascending);
    }
}
