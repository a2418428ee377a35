using GraphQL.Types;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class NumberFilterInputGraphType : InputObjectGraphType
{
    public NumberFilterInputGraphType()
    {
        Name = "NumberFilter";
        Description = "Conditions on a number; a node without the figure never matches. Several conditions must all hold.";
        Field<FloatGraphType>("eq").Description("Equals.");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("in").Description("Equals one of these.");
        Field<FloatGraphType>("gt").Description("Greater than.");
        Field<FloatGraphType>("gte").Description("Greater than or equal.");
        Field<FloatGraphType>("lt").Description("Less than.");
        Field<FloatGraphType>("lte").Description("Less than or equal.");
        Field<BooleanGraphType>("isNull").Description("true: the figure is not recorded; false: it is.");
    }
}
