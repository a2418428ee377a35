using GraphQL.Types;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class StringFilterInputGraphType : InputObjectGraphType
{
    public StringFilterInputGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field; on a list field (aliases, text lists) a condition holds when any element meets it. Several conditions must all hold.";
        Field<StringGraphType>("eq").Description("Equals, exactly.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equals one of these, exactly.");
        Field<StringGraphType>("contains").Description("Contains this, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this, ignoring case.");
        Field<BooleanGraphType>("isNull").Description("true: no value recorded; false: a value recorded.");
    }
}
