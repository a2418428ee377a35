using GraphQL;

namespace Her2Graph.Api.Cost;

/// <summary>
/// Puts the request's cost in <c>extensions.cost</c>, in Shopify's shape. The actual cost equals the requested one: the
/// engine does not count what execution really touched (a validate-only request reports no actual cost: nothing ran).
/// </summary>
internal static class CostExtension
{
    public static void Add(ExecutionResult result, QueryCost cost, bool executed)
    {
        var requested = cost.Requested is { } value ? (int?)Math.Ceiling(value) : null;
        result.Extensions ??= [];
        result.Extensions["cost"] = new Dictionary<string, object?>
        {
            ["requestedQueryCost"] = requested,
            ["actualQueryCost"] = executed ? requested : null,
            ["throttleStatus"] = cost.Throttle is { } throttle
                ? new Dictionary<string, object?>
                {
                    ["maximumAvailable"] = throttle.MaximumAvailable,
                    ["currentlyAvailable"] = throttle.CurrentlyAvailable,
                    ["restoreRate"] = throttle.RestoreRate,
                }
                : null,
        };
    }
}
