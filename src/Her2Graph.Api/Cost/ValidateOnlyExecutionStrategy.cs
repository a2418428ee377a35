using GraphQL;
using GraphQL.Execution;

namespace Her2Graph.Api.Cost;

/// <summary>Chosen for validate-only requests once validation (cost and limits included) has passed: resolves nothing.</summary>
internal sealed class ValidateOnlyExecutionStrategy : ExecutionStrategy
{
    public static ValidateOnlyExecutionStrategy Instance { get; } = new();

    public override Task<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context) => Task.FromResult(new ExecutionResult());

    public override Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode) => Task.CompletedTask;
}
