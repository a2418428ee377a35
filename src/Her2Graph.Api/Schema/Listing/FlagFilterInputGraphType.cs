using GraphQL.Types;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class FlagFilterInputGraphType : InputObjectGraphType
{
    public FlagFilterInputGraphType()
    {
        Name = "BooleanFilter";
        Description = "Condition on a true/false field.";
        Field<BooleanGraphType>("eq").Description("Equals.");
        Field<BooleanGraphType>("isNull").Description("true: not recorded; false: recorded.");
    }
}
