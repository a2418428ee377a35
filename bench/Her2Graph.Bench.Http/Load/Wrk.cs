using System.Diagnostics;
using System.Globalization;

namespace Her2Graph.Bench.Http.Load;

/// <summary>Debian's wrk, pinned to core 1 (the servers have core 0), two threads.</summary>
internal sealed class Wrk(string workDirectory)
{
    private int _scripts;

    public static bool IsInstalled() => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    /// <summary>A warm-up run (result dropped), then <paramref name="runs"/> runs, and their median.</summary>
    public async Task<WrkResult> MeasureAsync(Uri url, string script, int connections, int warmupSeconds, int durationSeconds, int runs)
    {
        var path = Path.Combine(workDirectory, $"script-{++_scripts}.lua");
        await File.WriteAllTextAsync(path, script);
        if (warmupSeconds > 0) await RunAsync(url, path, connections, warmupSeconds);
        var results = new List<WrkResult>();
        for (var i = 0; i < runs; i++) results.Add(await RunAsync(url, path, connections, durationSeconds));
        return WrkResult.Median(results);
    }

    private static async Task<WrkResult> RunAsync(Uri url, string script, int connections, int seconds)
    {
        var start = new ProcessStartInfo("taskset",
            ["-c", "1", "wrk", "-t2", $"-c{connections.ToString(CultureInfo.InvariantCulture)}", $"-d{seconds.ToString(CultureInfo.InvariantCulture)}s",
             "--timeout", "5s", "-s", script, url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {await error}{await output}");
        return WrkResult.Parse(await output);
    }
}
