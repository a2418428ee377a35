using GraphQL.Types;
using Her2Graph.Api.Schema.Evidence;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class StatusFilterInputGraphType : InputObjectGraphType
{
    public StatusFilterInputGraphType()
    {
        Name = "VerificationStatusFilter";
        Description = "Conditions on the verification status.";
        Field<VerificationStatusGraphType>("eq").Description("Equals.");
        Field<ListGraphType<NonNullGraphType<VerificationStatusGraphType>>>("in").Description("Equals one of these.");
    }
}
