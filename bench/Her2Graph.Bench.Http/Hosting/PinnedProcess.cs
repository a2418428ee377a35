using System.Diagnostics;

namespace Her2Graph.Bench.Http.Hosting;

/// <summary>
/// A server started under <c>taskset -c CORE</c>, its output in a log file, stopped (its own process tree only) on
/// dispose. Pinning keeps the server and wrk on different cores, so neither measures the other's work.
/// </summary>
internal sealed class PinnedProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Process _process;

    private PinnedProcess(Process process, string name, Uri url)
    {
        _process = process;
        Name = name;
        Url = url;
    }

    public string Name { get; }

    public Uri Url { get; }

    public static async Task<PinnedProcess> StartAsync(
        string name, int core, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        Uri url, string readyPath, string logFile, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in new[] { "-c", core.ToString(System.Globalization.CultureInfo.InvariantCulture), fileName }.Concat(arguments))
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var pinned = new PinnedProcess(process, name, url);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}: see {logFile}");
            try
            {
                using var response = await Probe.GetAsync(new Uri(url, readyPath));
                if (response.IsSuccessStatusCode) return pinned;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(200);
        }

        await pinned.DisposeAsync();
        throw new TimeoutException($"{name} was not ready within {timeout.TotalSeconds:F0} s: see {logFile}");
    }

    /// <summary>Pins a running process (every thread, and the children it starts later) to <paramref name="core"/>.</summary>
    public static void Pin(int pid, int core)
    {
        using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", core.ToString(System.Globalization.CultureInfo.InvariantCulture), pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        });
        taskset?.WaitForExit();
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
