using GraphQL.Types;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>
/// The fields one kind can be sorted by (DrugOrderField…): name, key, every property with a meaningful order
/// (numbers, flags, text, dates; lists, choices and references are left out) and the count of each traversal
/// (APPROVALS_COUNT).
/// </summary>
internal sealed class NodeOrderFieldGraphType : EnumerationGraphType
{
    public NodeOrderFieldGraphType(string name, NodeKind? kind, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name + "OrderField";
        Description = $"Fields {name} nodes can be sorted by. Nodes without the property sort last.";
        Add("NAME", NodeFields.Name, "The display name.");
        Add("KEY", NodeFields.Id, "The natural key.");
        foreach (var property in properties.Where(p => p.Type is not (PropertyType.TextList or PropertyType.ChoiceList or PropertyType.Choice or PropertyType.NodeReference)))
            Add(WireNames.ToConstantCase(property.Name), property.Name, property.Description);
        if (kind is not { } k) return;
        foreach (var traversal in CountableLinks.Countable(k))
            Add(WireNames.ToConstantCase(CountableLinks.CountField(traversal)), CountableLinks.CountField(traversal), $"How many {traversal.Field} it has (its own relationships).");
    }
}
