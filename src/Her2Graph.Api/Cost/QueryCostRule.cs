using GraphQL.Validation.Complexity;
using Her2Graph.Api.Bounds;
using Her2Graph.Api.RateLimiting;

namespace Her2Graph.Api.Cost;

/// <summary>
/// GraphQL.NET's complexity analysis computes the cost; this records it for <c>extensions.cost</c>, refuses a cost above
/// <see cref="GraphQLBoundsOptions.MaxCost"/> and charges it to the client's rate-limit budget, all before execution.
/// The engine's own MaxComplexity is left unset so that this runs for every document, over the limit too, and a
/// validate-only request learns its cost either way.
/// </summary>
internal static class QueryCostRule
{
    public static async Task ValidateAsync(ComplexityValidationContext complexity)
    {
        var context = complexity.ValidationContext;
        if (context.RequestServices is not { } services) return;
        var cost = services.GetRequiredService<QueryCost>();
        var limit = services.GetRequiredService<GraphQLBoundsOptions>().MaxCost;
        cost.Requested = complexity.TotalImpact;
        if (complexity.TotalImpact > limit)
        {
            complexity.Error = new QueryCostError(context, complexity.TotalImpact, limit);
            return;
        }

        // Nothing runs for an invalid or validate-only document, so nothing is charged.
        if (complexity.Error is not null || context.HasErrors || ValidateOnly.IsRequested(context.Extensions)) return;
        complexity.Error = await services.GetRequiredService<RateLimitCharge>().ChargeAsync(context, cost, complexity.TotalImpact);
    }
}
