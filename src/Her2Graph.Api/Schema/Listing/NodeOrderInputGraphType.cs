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
        AddField(new FieldType { Name = "field", ResolvedType = new NonNullGraphType(fields), Description = "What to sort by." });
        AddField(new FieldType
        {
            Name = "direction",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("SortDirection")),
            DefaultValue = Her2Graph.Domain.Store.SortDirection.Ascending,
            Description = "ASC or DESC.",
        });
    }
}
