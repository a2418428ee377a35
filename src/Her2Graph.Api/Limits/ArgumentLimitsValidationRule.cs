using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Her2Graph.Api.Limits;

/// <summary>
/// The argument limits on values as the engine parsed them, variables included: the pre-pass sees only literals. A
/// validation rule registered for cached documents too, since a cached document's variables differ per request.
/// </summary>
internal sealed class ArgumentLimitsValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.ArgumentValues is not { } fields || context.RequestServices is not { } services) return default;
        var limits = services.GetRequiredService<IOptions<EdgeLimitsOptions>>().Value;
        var isQuery = context.Operation.Operation != OperationType.Mutation;
        foreach (var (field, arguments) in fields)
        {
            foreach (var (name, argument) in arguments)
            {
                if (ArgumentValueLimits.Check(limits, field.Name.StringValue, name, argument.Value, isQuery) is { } broken)
                {
                    context.ReportError(new ValidationError(context.Document.Source, number: null, broken.Message, field) { Code = broken.Code });
                    return default;
                }
            }
        }

        return default;
    }
}
