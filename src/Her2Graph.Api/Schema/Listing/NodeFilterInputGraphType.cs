using GraphQL.Types;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>The <c>where</c> input of one kind's connection (DrugFilter…): a field per filterable field, plus and/or/not.</summary>
internal sealed class NodeFilterInputGraphType : InputObjectGraphType
{
    public NodeFilterInputGraphType(NodeKindDefinition definition)
    {
        Name = NameOf(definition.Kind.ToString());
        Description = $"Conditions on {definition.Kind} nodes. Fields given together must all hold.";
        Field("and", new ListGraphType(NonNullRef(Name))).Description("All of these hold.");
        Field("or", new ListGraphType(NonNullRef(Name))).Description("At least one of these holds.");
        Field("not", Ref(Name)).Description("This does not hold.");
        Field<StringFilterInputGraphType>(NodeFields.Id).Description("The natural key.");
        Field<StringFilterInputGraphType>(NodeFields.Name).Description("The display name.");
        Field<StringFilterInputGraphType>(NodeFields.Aliases).Description("Any alias.");
        Field<StatusFilterInputGraphType>(NodeFields.Status).Description("The verification status.");
        foreach (var property in definition.Properties)
        {
            var type = property.Type switch
            {
                PropertyType.WholeNumber or PropertyType.Number or PropertyType.Percent => typeof(NumberFilterInputGraphType),
                PropertyType.Flag => typeof(FlagFilterInputGraphType),
                _ => typeof(StringFilterInputGraphType),
            };
            Field(property.Name, type).Description(property.Description);
        }
    }

    public static string NameOf(string kind) => kind + "Filter";
}
