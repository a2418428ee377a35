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
    string? OutDirectory)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Her2Graph.Bench.Http -- [http|scale] [options]
          http (default)   API, ceiling and graphql-js peer under wrk; table + SVG in bench/results/
          scale            synthetic graphs at --sizes, each imported and timed per query shape
          --duration S     seconds per wrk run (default 3)       --warmup S   seconds of warm-up per target (default 1)
          --runs N         runs per measurement, median (3)      --connections N (32)   --tail-connections N (64)
          --sizes 10,100   scale factors (default 1,10,100,1000) --seed N     generator seed (14)
          --budget S       import time allowed per size (180)    --samples N  timed requests per shape and size (25)
          --api-dir DIR    an already published API (skips dotnet publish)   --out DIR  results folder (bench/results)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "http";
        var options = new BenchOptions(mode, 3, 1, 3, 32, 64, [1, 10, 100, 1000], 14, 180, 25, null, null);
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
                _ => throw new ArgumentException($"unknown option {args[i]}\n{Usage}"),
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
