using Her2Graph.Bench.Http.Hosting;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// <c>her2graph seed FOLDER --to URL</c>: the folder sent to the published API, running on the store file, whose
/// <c>importGraph</c> writes it in one transaction; the API is what is killed, mid-request.
/// </summary>
internal sealed class ApiImport : IKillableImport
{
    private readonly PinnedProcess _api;
    private readonly ImportProcess _import;

    private ApiImport(PinnedProcess api, ImportProcess import)
    {
        _api = api;
        _import = import;
    }

    public Task<TimeSpan> Validated => _import.Validated;

    public static async Task<ApiImport> StartAsync(string apiDirectory, string cliDirectory, string folder, string database, string logFile)
    {
        var key = new CuratorKey();
        var settings = new Dictionary<string, string>(LoadApi.RaisedKeyedLimits);
        foreach (var (setting, value) in key.Settings) settings[setting] = value;
        var api = await ApiServer.StartAsync(apiDirectory, database, null, logFile, settings: settings);
        return new ApiImport(api, new ImportProcess(cliDirectory, folder, "--to", api.Url.ToString(), "--key", key.Key));
    }

    public Task<TimeSpan> WaitAsync(TimeSpan timeout) => _import.WaitAsync(timeout);

    public bool Kill() => _api.Kill();

    public async ValueTask DisposeAsync()
    {
        _import.Dispose();
        await _api.DisposeAsync();
    }
}
