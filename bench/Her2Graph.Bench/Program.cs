using Her2Graph.Bench;

// Usage: dotnet run -c Release --project bench/Her2Graph.Bench [-- ITERATIONS]
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 200;

// A fresh store seeded from graph-seed/, deleted afterwards
await using var graph = await SeededGraph.CreateAsync();

// Each scenario times a baseline and a candidate alternately in the same run, so machine noise hits both alike
var results = new List<ScenarioResult>();
foreach (var scenario in Scenarios.All(graph)) results.Add(await scenario.RunAsync(iterations));

ScenarioResult.Print(results, iterations, Console.Out);
