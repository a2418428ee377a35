using GraphQL.Validation;
using GraphQLParser.AST;

namespace Her2Graph.Api.Endpoint;

/// <summary>
/// Added to GET requests: GET must be safe, so a mutation (or subscription) is refused during validation, before
/// anything runs. A rule rather than a look at the text because the engine picks the operation (by name) itself.
/// </summary>
internal sealed class QueriesOnlyValidationRule : ValidationRuleBase
{
    public static QueriesOnlyValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new GetMutationError(context, context.Operation));
        }

        return default;
    }
}
