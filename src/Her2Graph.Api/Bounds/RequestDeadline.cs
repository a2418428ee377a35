namespace Her2Graph.Api.Bounds;

/// <summary>
/// The token a GraphQL request executes under: cancelled at the configured timeout or when the client goes away.
/// Every store call takes it, and the SQLite store interrupts its running statement with it, so work stops with it.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    private RequestDeadline(TimeSpan timeout, CancellationToken requestAborted)
    {
        _timeout = new CancellationTokenSource(timeout);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token, requestAborted);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>Whether the timeout (not the client) stopped the request.</summary>
    public bool TimedOut => _timeout.IsCancellationRequested;

    public static RequestDeadline Start(HttpContext context) => new(
        context.RequestServices.GetRequiredService<GraphQLBoundsOptions>().Timeout, context.RequestAborted);

    /// <summary>Runs <paramref name="execute"/>; null when the deadline passed or the client left, whatever it returned.</summary>
    /// <remarks>
    /// A statement interrupted by the deadline fails its field (SQLITE_INTERRUPT) rather than throwing a cancellation,
    /// so the result is judged by the token, not by its errors: a half-finished answer is never sent.
    /// </remarks>
    public async Task<T?> RunAsync<T>(Func<Task<T>> execute)
        where T : class
    {
        try
        {
            var result = await execute();
            return Token.IsCancellationRequested ? null : result;
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
