using GraphQL.Types;
using Her2Graph.Api.Schema.Vocabularies;
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
        foreach (var property in definition.Properties) Field(property.Name, FilterOf(property)).Description(property.Description);
    }

    // Dates are strings of one form (yyyy, yyyy-MM, yyyy-MM-dd): startsWith "2022" finds every date in 2022.
    private static IGraphType FilterOf(PropertyDefinition property) => property.Type switch
    {
        PropertyType.WholeNumber or PropertyType.Number or PropertyType.Percent => Ref("NumberFilter"),
        PropertyType.Flag => Ref("BooleanFilter"),
        PropertyType.Choice or PropertyType.ChoiceList => Ref(ChoiceFilterInputGraphType.NameOf(property.Choices!)),
        _ => Ref("StringFilter"),
    };

    public static string NameOf(string kind) => kind + "Filter";
}
