namespace Her2Graph.Api.Storage;

/// <summary>
/// One start-up attempt of the store: create or migrate its schema, then seed it if it is empty. On success the gate
/// opens (<see cref="GraphStoreStatus.Serving"/>); a transient fault is recorded for <c>/health/ready</c> and retried by
/// <see cref="GraphStoreRetryService"/>; a permanent one is thrown as a <see cref="StartupFaultException"/>.
/// </summary>
internal sealed class GraphStoreStartup(GraphStoreOptions options, GraphStoreAdapter adapter, GraphStoreStatus status, ILogger<GraphStoreStartup> logger)
{
    /// <summary>Whether the store is now serving; false after a transient fault.</summary>
    public async Task<bool> TryStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await adapter.EnsureSchemaAsync(cancellationToken);
            await FirstStartSeed.RunAsync(adapter.Store, options, logger, cancellationToken);
        }
        catch (Exception exception) when (GraphStoreFaults.IsTransient(exception))
        {
            var reason = GraphStoreFaults.OneLine($"The graph store ({adapter.Location}) does not answer: {exception.Message}");
            status.Failed(reason);
            logger.LogWarning("{Reason}; start-up attempt {Attempt} failed, retrying", reason, status.FailedAttempts);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw exception as StartupFaultException ?? new StartupFaultException(GraphStoreFaults.Describe(exception, options), exception);
        }

        status.Serving();
        if (status.FailedAttempts > 0) logger.LogInformation("The graph store ({Location}) answers after {Attempts} failed attempts", adapter.Location, status.FailedAttempts);
        return true;
    }
}
