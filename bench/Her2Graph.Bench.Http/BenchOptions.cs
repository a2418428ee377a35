using System.Globalization;

namespace Her2Graph.Bench.Http;

/// <summary>The command line: <c>[http|scale] [--duration S] [--warmup S] [--runs N] …</c>; every run is bounded by these.</summary>
internal sealed record BenchOptions(
    string Mode,
    int DurationSeconds,
    int WarmupSeconds,
    int Runs,
    int Connections,
    int TailConnections,
    IReadOnlyList<int> Sizes,
    int ScaleSeed,
    int ScaleBudgetSeconds,
    int ScaleSamples,
    string? ApiDirectory,
    string? OutDirectory,
    int Clients,
    int Rounds,
    int ImportFactor,
    string? CliDirectory)
{
    /// <summary>The modes of <c>Faults/</c>, whose <c>--duration</c> is the whole run's (60 s unless given).</summary>
    public static readonly IReadOnlySet<string> FaultModes = new HashSet<string>(StringComparer.Ordinal) { "load", "redis-fault", "kill-import", "faults" };

    public const string Usage = """
        usage: dotnet run -c Release --project bench/Her2Graph.Bench.Http -- [http|scale|load|redis-fault|kill-import|faults] [options]
          http (default)   API, ceiling and graphql-js peer under wrk; table + SVG in bench/results/
          scale            synthetic graphs at --sizes, each imported and timed per query shape
          load             --clients clients of mixed reads and curator writes for --duration (60) s; 0 errors, every write read back
          redis-fault      the same, the API's redis-server killed (SIGKILL) and restarted mid-run; 0 failed reads, cache hits again
          kill-import      --rounds imports of a --factor × synthetic seed by `her2graph seed`, each SIGKILLed mid-write; all-or-nothing
          faults           load, redis-fault and kill-import in turn; exit code 1 when any fails
          --clients N (64)  --rounds N (10)  --factor N (100)   --cli-dir DIR  an already published CLI (skips dotnet publish)
          --duration S     seconds per wrk run (default 3)       --warmup S   seconds of warm-up per target (default 1)
          --runs N         runs per measurement, median (3)      --connections N (32)   --tail-connections N (64)
          --sizes 10,100   scale factors (default 1,10,100,1000) --seed N     generator seed (14)
          --budget S       import time allowed per size (180)    --samples N  timed requests per shape and size (25)
          --api-dir DIR    an already published API (skips dotnet publish)   --out DIR  results folder (bench/results)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "http";
        var options = new BenchOptions(mode, FaultModes.Contains(mode) ? 60 : 3, 1, 3, 32, 64, [1, 10, 100, 1000], 14, 180, 25, null, null, 64, 10, 100, null);
        for (var i = mode == "http" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            options = args[i] switch
            {
                "--duration" => options with { DurationSeconds = Int(value) },
                "--warmup" => options with { WarmupSeconds = Int(value) },
                "--runs" => options with { Runs = Int(value) },
                "--connections" => options with { Connections = Int(value) },
                "--tail-connections" => options with { TailConnections = Int(value) },
                "--sizes" => options with { Sizes = value.Split(',').Select(Int).ToList() },
                "--seed" => options with { ScaleSeed = Int(value) },
                "--budget" => options with { ScaleBudgetSeconds = Int(value) },
                "--samples" => options with { ScaleSamples = Int(value) },
                "--api-dir" => options with { ApiDirectory = Path.GetFullPath(value) },
                "--out" => options with { OutDirectory = Path.GetFullPath(value) },
                "--clients" => options with { Clients = Int(value) },
                "--rounds" => options with { Rounds = Int(value) },
                "--factor" => options with { ImportFactor = Int(value) },
                "--cli-dir" => options with { CliDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}\n{Usage}"),
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
