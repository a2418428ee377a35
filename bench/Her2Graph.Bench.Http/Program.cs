using Her2Graph.Bench.Http;
using Her2Graph.Bench.Http.Ceiling;
using Her2Graph.Bench.Http.Faults;
using Her2Graph.Bench.Http.Scale;

// Usage: dotnet run -c Release --project bench/Her2Graph.Bench.Http -- [http|scale|load|redis-fault|kill-import|faults] [options] (see BenchOptions.Usage)
if (args is ["ceiling", var folder, var url])
{
    // The ceiling's own process, started by the harness
    await CeilingApp.RunAsync(folder, url);
    return 0;
}

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

return options.Mode switch
{
    "http" => await HttpBench.RunAsync(options),
    "scale" => await ScaleBench.RunAsync(options),
    _ when BenchOptions.FaultModes.Contains(options.Mode) => await FaultBench.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
