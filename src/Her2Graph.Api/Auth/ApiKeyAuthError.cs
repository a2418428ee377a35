using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Auth;

/// <summary>A mutation refused before it ran: no valid API key (UNAUTHENTICATED), or a key without the curator role (FORBIDDEN).</summary>
internal sealed class ApiKeyAuthError : ValidationError
{
    private ApiKeyAuthError(ValidationContext context, GraphQLOperationDefinition operation, ErrorCode code, string message)
        : base(context.Document.Source, number: null, message, operation)
    {
        Code = code.Code;
    }

    public static ApiKeyAuthError NotAuthenticated(ValidationContext context, GraphQLOperationDefinition operation, string? reason) =>
        new(context, operation, ErrorCodes.Unauthenticated,
            $"Mutations need an API key with the {ApiKeyRoles.Curator} role: send 'Authorization: Bearer <key>'. {reason ?? "No key was sent."}");

    public static ApiKeyAuthError NotCurator(ValidationContext context, GraphQLOperationDefinition operation, string keyId) =>
        new(context, operation, ErrorCodes.Forbidden, $"The API key '{keyId}' does not have the {ApiKeyRoles.Curator} role, which mutations need.");
}
