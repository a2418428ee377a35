using GraphQL.Execution;

namespace Her2Graph.Api.Cost;

/// <summary>
/// The engine's strategy selection, except for validate-only requests: the engine picks a strategy only after the
/// document passed validation, which makes this the one place to stop between validation and execution.
/// </summary>
internal sealed class ValidateOnlyExecutionStrategySelector(IEnumerable<ExecutionStrategyRegistration> registrations) : IExecutionStrategySelector
{
    private readonly DefaultExecutionStrategySelector _engine = new(registrations);

    public IExecutionStrategy Select(GraphQL.Execution.ExecutionContext context) =>
        ValidateOnly.IsRequested(context.InputExtensions) ? ValidateOnlyExecutionStrategy.Instance : _engine.Select(context);
}
