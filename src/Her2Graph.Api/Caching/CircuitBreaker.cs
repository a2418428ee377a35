namespace Her2Graph.Api.Caching;

/// <summary>
/// Stops calling a cache that failed. A frozen Redis makes every call wait for its timeout; after the first failure
/// the circuit opens and calls skip the cache at no cost until <paramref name="cooldown"/> has passed, when a single
/// call tries again: success closes the circuit, failure opens it for another cooldown.
/// </summary>
internal sealed class CircuitBreaker(TimeSpan cooldown, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private CircuitState _state;
    private DateTimeOffset _retryAt;

    public CircuitState State
    {
        get
        {
            lock (_gate) return _state;
        }
    }

    /// <summary>True when a call may go to the cache; the caller must then report <see cref="Succeeded"/> or <see cref="Failed"/>.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_state == CircuitState.Closed) return true;
            if (_state == CircuitState.HalfOpen || clock.GetUtcNow() < _retryAt) return false;
            _state = CircuitState.HalfOpen;
            return true;
        }
    }

    public void Succeeded()
    {
        lock (_gate) _state = CircuitState.Closed;
    }

    public void Failed()
    {
        lock (_gate)
        {
            _state = CircuitState.Open;
            _retryAt = clock.GetUtcNow() + cooldown;
        }
    }

    /// <summary>A call that ended without telling (its caller cancelled): a trial call's slot is freed for the next call.</summary>
    public void Abandoned()
    {
        lock (_gate)
        {
            if (_state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Open;
                _retryAt = clock.GetUtcNow();
            }
        }
    }
}
