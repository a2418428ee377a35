namespace Her2Graph.Api.Caching;

/// <summary>The states of <see cref="CircuitBreaker"/>, reported by <c>/health/ready</c> in lower case.</summary>
internal enum CircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,

    /// <summary>A call failed: none go through until the cooldown has passed.</summary>
    Open,

    /// <summary>The cooldown has passed and one trial call is in flight; the others still skip.</summary>
    HalfOpen,
}
