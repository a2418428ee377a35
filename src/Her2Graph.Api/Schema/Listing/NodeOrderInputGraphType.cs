using GraphQL.Types;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>One sort key of a kind's connection (DrugOrder…).</summary>
internal sealed class NodeOrderInputGraphType : InputObjectGraphType
{
    public NodeOrderInputGraphType(string kind, string fields)
    {
        Name = kind + "Order";
        Description = $"A sort key for {kind} nodes; ties are broken by key.";
        Field("field", TypeRefs.NonNullRef(fields)).Description("What to sort by.");
        Field("direction", TypeRefs.NonNullRef("SortDirection")).Description("ASC or DESC.").DefaultValue(Domain.Store.SortDirection.Ascending);
    }
}
