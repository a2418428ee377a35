using GraphQL.Execution;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// Runs a mutation's root fields one after another, each with everything below it, batch-loaded nodes included, before
/// the next begins, as the GraphQL spec's serial execution requires. GraphQL.NET's serial strategy defers every loader
/// result to the end of the whole operation, so a first field's <c>relationship { from { name } }</c> would show what a
/// later field wrote.
/// </summary>
internal sealed class FieldByFieldExecutionStrategy : SerialExecutionStrategy
{
    public override async Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode)
    {
        if (rootNode is not RootExecutionNode root || root.SubFields is not { } fields)
        {
            await base.ExecuteNodeTreeAsync(context, rootNode);
            return;
        }

        foreach (var field in fields) await base.ExecuteNodeTreeAsync(context, field);
    }
}
