using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Endpoint;

/// <summary>A mutation or subscription sent with GET: refused (405) without being executed.</summary>
internal sealed class GetMutationError : ValidationError
{
    public GetMutationError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(context.Document.Source, number: null, $"Only queries can be sent with GET: {operation.Operation.ToString().ToLowerInvariant()}s need POST.", operation)
    {
        Code = ErrorCodes.GetMutation.Code;
    }
}
