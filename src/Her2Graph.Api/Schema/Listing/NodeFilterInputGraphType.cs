using GraphQL.Types;
using Her2Graph.Api.Schema.Filtering;
using Her2Graph.Api.Schema.Traversals;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>
/// The <c>where</c> of one kind's nodes (DrugFilter…): a field per filterable field, a link filter per traversal of
/// the kind (approvals: { some: … }, arms: { count: { gte: 2 } }), plus and/or/not. NodeFilter, over any kind,
/// has the common fields and the kind.
/// </summary>
internal sealed class NodeFilterInputGraphType : InputObjectGraphType
{
    public NodeFilterInputGraphType(string name, NodeKind? kind, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name + "Filter";
        Description = $"Conditions on {(kind is null ? "nodes of any kind" : $"{kind} nodes")}. Fields given together must all hold.";
        Field("and", new ListGraphType(NonNullRef(Name))).Description("All of these hold.");
        Field("or", new ListGraphType(NonNullRef(Name))).Description("At least one of these holds.");
        Field("not", Ref(Name)).Description("This does not hold.");
        Field<StringFilterInputGraphType>(NodeFields.Id).Description("The natural key.");
        Field<StringFilterInputGraphType>(NodeFields.Name).Description("The display name.");
        Field<StringFilterInputGraphType>(NodeFields.Aliases).Description("Any alias.");
        Field<StatusFilterInputGraphType>(NodeFields.Status).Description("The verification status.");
        if (kind is null) Field(NodeFields.Kind, Ref("NodeKindFilter")).Description("The node kind.");
        foreach (var property in properties) Field(property.Name, FilterInputTypes.FilterOf(property)).Description(property.Description);
        if (kind is not { } k) return;
        foreach (var traversal in CountableLinks.Countable(k))
        {
            Field(traversal.Field, Ref(EdgeSchema.LinkFilterName(traversal.Types, traversal.Target)))
                .Description($"Conditions on its {traversal.Field} (some, none, count): {traversal.Description}");
        }
    }
}
