using GraphQL;
using GraphQL.Execution;
using Her2Graph.Api.Loaders;

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

        foreach (var field in fields)
        {
            ForgetLoadedGraph(context.RequestServices ?? throw new MissingRequestServicesException());
            await base.ExecuteNodeTreeAsync(context, field);
        }
    }

    /// <summary>
    /// Each field may write: forgetting what the request loaded before it means that a later field (or a payload's
    /// nested nodes) never shows a node as an earlier field left it.
    /// </summary>
    private static void ForgetLoadedGraph(IServiceProvider requestServices)
    {
        requestServices.GetRequiredService<NodesByIdDataLoader>().Clear();
        requestServices.GetRequiredService<NeighboursDataLoader>().Clear();
        requestServices.GetRequiredService<RelationshipsByKeyDataLoader>().Clear();
    }
}
