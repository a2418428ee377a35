using GraphQL.Types;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class NotationErrorGraphType : ObjectGraphType<NotationError>
{
    public NotationErrorGraphType()
    {
        Name = "NotationError";
        Description = "Why a notation could not be read.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("INVALID_NOTATION.").Resolve(_ => ErrorCodes.InvalidNotation.Code);
        Field(e => e.Position).Description("The 1-based character of the notation where reading stopped.");
        Field(e => e.Message).Description("What was expected there.");
    }
}
