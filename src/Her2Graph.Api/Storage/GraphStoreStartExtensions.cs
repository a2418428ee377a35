using Her2Graph.Api.Auth;

namespace Her2Graph.Api.Storage;

internal static class GraphStoreStartExtensions
{
    /// <summary>
    /// Starts like a service, after Build() and before listening: checks the configuration (store settings and API keys)
    /// before anything is written, then makes one start-up attempt of the store. A permanent fault prints one line on
    /// stderr and returns false (exit 1, nothing listens); a transient one returns true with the store unavailable, and
    /// <see cref="GraphStoreRetryService"/> retries once the host runs.
    /// </summary>
    public static async Task<bool> StartGraphStoreAsync(this WebApplication app)
    {
        try
        {
            // Configuration first, keys included: none of these does I/O, and each throws naming its setting.
            app.Services.GetRequiredService<GraphStoreOptions>();
            app.Services.GetRequiredService<GraphStoreAdapter>();
            app.Services.GetRequiredService<ApiKeyring>();
            await app.Services.GetRequiredService<GraphStoreStartup>().TryStartAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception exception) when (exception is StartupFaultException or InvalidOperationException)
        {
            // InvalidOperationException: a configuration value the binder or the keyring refused, with a message naming it.
            var error = app.Services.GetRequiredService<StartupConsole>().Error;
            await error.WriteLineAsync($"Her2Graph cannot start: {GraphStoreFaults.OneLine(exception.Message)}");
            await error.FlushAsync();
            return false;
        }
    }
}
