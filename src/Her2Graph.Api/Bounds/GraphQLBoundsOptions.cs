namespace Her2Graph.Api.Bounds;

/// <summary>How long a request may run, how large its answer and how costly its document may be (<c>Her2Graph:GraphQL</c>).</summary>
internal sealed class GraphQLBoundsOptions
{
    public const string Section = "Her2Graph:GraphQL";

    /// <summary>
    /// Execution stops here, store statements included. The costliest accepted query takes well under a second (README,
    /// "Limits"), so a request near this is a runaway, not a slow answer.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>Retry-After</c> of a timed-out request's 503.</summary>
    public TimeSpan TimeoutRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An answer whose JSON grows past this is refused (<c>RESPONSE_TOO_LARGE</c>) instead of sent.</summary>
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The highest cost (GraphQL.NET's complexity, <c>extensions.cost.requestedQueryCost</c>) a document may have.
    /// Calibrated with <c>scripts/calibrate-cost.py</c> (README, "Limits"): the costliest accepted shapes take under 1 s
    /// on the 2-core development machine; one path search at maxHops 6 fits, two do not.
    /// </summary>
    public int MaxCost { get; set; } = 25_000;
}
