using Her2Graph.Bench.Http.Hosting;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The load and fault modes (issue 14, item 4): <c>load</c>, <c>redis-fault</c>, <c>kill-import</c>, and <c>faults</c> for all
/// three. Each is bounded by its options and stops by itself; the exit code is 1 when any property failed.
/// </summary>
internal static class FaultBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var modes = options.Mode == "faults" ? ["load", "redis-fault", "kill-import"] : new[] { options.Mode };
        if (modes.Any(m => m != "kill-import") && !RedisProcess.IsInstalled())
        {
            await Console.Error.WriteLineAsync("redis-server is missing: apt-get install -y redis-server");
            return 2;
        }

        // The clients, their redis-server and the CLI imports on core 1; the API on core 0 (ApiServer), as in the HTTP benchmark.
        PinnedProcess.Pin(Environment.ProcessId, 1);
        var loadBefore = Reporting.RunInfo.LoadAverage();
        var outcomes = await RunModesAsync(options, modes, Directory.CreateTempSubdirectory("her2graph-faults-").FullName);
        Console.WriteLine($"\n{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (API on core 0, the rest on core 1), load average before {loadBefore}, after {Reporting.RunInfo.LoadAverage()}");
        foreach (var outcome in outcomes)
        {
            Console.WriteLine($"{outcome.Mode}: {(outcome.Passed ? "PASSED" : "FAILED")}");
            foreach (var line in outcome.Lines) Console.WriteLine("  " + line);
        }

        return outcomes.All(o => o.Passed) ? 0 : 1;
    }

    public static async Task<IReadOnlyList<FaultOutcome>> RunModesAsync(BenchOptions options, IReadOnlyList<string> modes, string work)
    {
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        var outcomes = new List<FaultOutcome>();
        foreach (var mode in modes)
        {
            outcomes.Add(mode switch
            {
                "load" => LoadRun.Outcome(await LoadRun.RunAsync(await ApiServer.PublishAsync(options.ApiDirectory, work), work, options.Clients, duration)),
                "redis-fault" => await RedisFaultRun.RunAsync(await ApiServer.PublishAsync(options.ApiDirectory, work), work, options.Clients, duration),
                "kill-import" => await KillImportRun.RunAsync(
                    await ApiServer.PublishAsync(Repository.CliProject, "the CLI", options.CliDirectory, Path.Combine(work, "cli")), work, options.Rounds, options.ImportFactor, options.ScaleSeed),
                _ => throw new ArgumentException($"unknown mode {mode}"),
            });
            Console.WriteLine($"{mode}: {(outcomes[^1].Passed ? "passed" : "FAILED")}");
        }

        return outcomes;
    }
}
