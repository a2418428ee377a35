using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Api.Endpoint;
using Microsoft.AspNetCore.Authentication;

namespace Her2Graph.Api.Auth;

/// <summary>
/// Reads are public; a mutation operation needs a caller authenticated with an API key that has the curator role. A
/// validation rule, so a refused operation never starts: no mutation field runs and nothing is written.
/// </summary>
internal sealed class CuratorMutationsValidationRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        // A GET mutation is already refused (405) for its method; an auth verdict would only add noise.
        if (operation.Operation != OperationType.Mutation || context.Errors.Any(e => e is GetMutationError)) return null;

        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            context.ReportError(ApiKeyAuthError.NotAuthenticated(context, operation, await FailureOfAsync(context)));
        }
        else if (!user.IsInRole(ApiKeyRoles.Curator))
        {
            context.ReportError(ApiKeyAuthError.NotCurator(context, operation, user.Identity.Name ?? "?"));
        }

        return null;
    }

    // Why the presented key was refused (malformed header, unknown key), as the handler said; the handler keeps its
    // result for the request, so asking again costs nothing.
    private static async Task<string?> FailureOfAsync(ValidationContext context) =>
        context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext is { } http
            ? (await http.AuthenticateAsync(ApiKeyDefaults.Scheme)).Failure?.Message
            : null;
}
