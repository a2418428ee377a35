namespace Her2Graph.Api.Storage;

/// <summary>
/// When the store did not answer at start, retries the start-up with exponential backoff (RetryDelay, doubled after
/// each failure, capped at MaxRetryDelay) until it answers, while the API serves STORE_UNAVAILABLE and
/// <c>/health/ready</c> says why. A permanent fault found on a retry (say the server came back and refused the
/// credentials) stops the application with exit code 1, as it would have at start.
/// </summary>
internal sealed class GraphStoreRetryService(
    GraphStoreStartup startup, GraphStoreStatus status, GraphStoreOptions options, IHostApplicationLifetime lifetime, ILogger<GraphStoreRetryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.RetryDelay;
        while (!status.IsServing && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stoppingToken);
                if (await startup.TryStartAsync(stoppingToken)) return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (StartupFaultException fault)
            {
                logger.LogCritical("Her2Graph cannot start: {Fault}", fault.Message);
                status.Failed(fault.Message);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
        }
    }
}
