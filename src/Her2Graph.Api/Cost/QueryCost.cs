namespace Her2Graph.Api.Cost;

/// <summary>The cost of this request's document, as the cost rule computed it, and the budget it was charged to.</summary>
internal sealed class QueryCost
{
    /// <summary>GraphQL.NET's complexity of the selected operation; null when the document never reached the cost rule.</summary>
    public double? Requested { get; set; }

    /// <summary>The rate-limit bucket the cost was taken from, as it stood afterwards; null when rate limits are off.</summary>
    public ThrottleStatus? Throttle { get; set; }

    /// <summary>The permits a cost takes: whole, and at least one.</summary>
    public static int Permits(double cost) => (int)Math.Clamp(Math.Ceiling(cost), 1, int.MaxValue);
}
