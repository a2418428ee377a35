namespace Her2Graph.Api.Storage;

/// <summary>
/// Whether the store has started (schema ensured, first-start seed loaded). Until then every store call fails with
/// <see cref="Domain.Store.GraphStoreUnavailableException"/> and <c>/health/ready</c> reports the reason.
/// </summary>
internal sealed class GraphStoreStatus
{
    private volatile State _state = new(false, "The graph store has not started yet.", 0);

    public bool IsServing => _state.Serving;

    /// <summary>Why the store is not serving: the last start-up attempt's fault.</summary>
    public string Reason => _state.Reason;

    /// <summary>How many start-up attempts have failed.</summary>
    public int FailedAttempts => _state.FailedAttempts;

    public void Serving() => _state = new State(true, "The graph store answers.", _state.FailedAttempts);

    public void Failed(string reason) => _state = new State(false, reason, _state.FailedAttempts + 1);

    private sealed record State(bool Serving, string Reason, int FailedAttempts);
}
