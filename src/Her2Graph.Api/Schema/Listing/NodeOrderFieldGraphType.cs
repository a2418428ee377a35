using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>
/// The fields one kind can be sorted by (DrugOrderField…): name, key and every property with a meaningful order
/// (numbers, flags, text, dates); lists, choices (their order would be alphabetical) and references are left out.
/// </summary>
internal sealed class NodeOrderFieldGraphType : EnumerationGraphType
{
    public NodeOrderFieldGraphType(NodeKindDefinition definition)
    {
        Name = definition.Kind + "OrderField";
        Description = $"Fields {definition.Kind} nodes can be sorted by. Nodes without the property sort last.";
        Add("NAME", NodeFields.Name, "The display name.");
        Add("KEY", NodeFields.Id, "The natural key.");
        foreach (var property in definition.Properties.Where(p => p.Type is not (PropertyType.TextList or PropertyType.ChoiceList or PropertyType.Choice or PropertyType.NodeReference)))
            Add(WireNames.ToConstantCase(property.Name), property.Name, property.Description);
    }
}
