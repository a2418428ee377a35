using System.Text.Json.Nodes;
using Her2Graph.Bench.Http.Hosting;
using Her2Graph.Bench.Http.Load;
using Her2Graph.Bench.Http.Queries;
using Her2Graph.Bench.Http.Reporting;

namespace Her2Graph.Bench.Http;

/// <summary>
/// The HTTP benchmark: the API (SQLite seeded from graph-seed/; Neo4j too when a server is given), the ceiling serving
/// the API's own answers, and the graphql-js peer, one at a time under wrk, warm and cold.
/// </summary>
internal static class HttpBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (!Wrk.IsInstalled())
        {
            await Console.Error.WriteLineAsync("wrk is missing: apt-get install -y wrk");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("her2graph-benchhttp-").FullName;
        var run = RunInfo.LoadAverage();
        var started = DateTimeOffset.UtcNow;
        var apiDirectory = await ApiServer.PublishAsync(options.ApiDirectory, work);
        var queries = CanonicalQueries.All();
        var wrk = new Wrk(work);
        var results = new List<QueryResult>();
        var neo4j = Neo4jServer.FromEnvironment();
        var neo4jWarm = new Dictionary<string, WrkResult>();

        await using (var api = await ApiServer.StartAsync(apiDirectory, Path.Combine(work, "api.db"), null, Path.Combine(work, "api.log")))
        {
            using var client = new HttpClient { BaseAddress = api.Url };
            var facts = await GraphFacts.ReadAsync(client);
            Console.WriteLine($"API ready at {api.Url}: {facts.Drugs.Count} drugs, {facts.Variants.Count} variants, {facts.Trials.Count} trials");
            var answers = Directory.CreateDirectory(Path.Combine(work, "answers")).FullName;
            foreach (var query in queries) await File.WriteAllBytesAsync(Path.Combine(answers, query.Name + ".json"), await AnswerAsync(client, query.WarmBody(), query.Name));
            foreach (var query in queries) await CheckColdAsync(client, query, facts);
            facts.WriteJson(Path.Combine(work, "facts.json"));

            await using var ceiling = await CeilingServer.StartAsync(answers, Path.Combine(work, "ceiling.log"));
            await using var peer = await PeerServer.StartAsync(Path.Combine(work, "facts.json"), Path.Combine(work, "peer.log"));
            await ComparePeerAsync(client, peer, queries[0]);

            foreach (var query in queries)
            {
                Console.WriteLine($"measuring {query.Title} …");
                var warmScript = WrkScript.Warm(query.WarmBody());
                var coldScript = WrkScript.Cold(query.ColdBodies(facts, 500));
                var graphql = new Uri(api.Url, "/graphql");
                var warm = await wrk.MeasureAsync(graphql, warmScript, options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
                var cold = await wrk.MeasureAsync(graphql, coldScript, options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
                var tail = await wrk.MeasureAsync(graphql, warmScript, options.TailConnections, 0, options.DurationSeconds, options.Runs);
                var ceilingResult = await wrk.MeasureAsync(new Uri(ceiling.Url, "/q/" + query.Name), warmScript, options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
                WrkResult? peerWarm = null, peerCold = null;
                if (query.Name == CanonicalQueries.Lookup)
                {
                    var peerUrl = new Uri(peer.Url, "/graphql");
                    peerWarm = await wrk.MeasureAsync(peerUrl, warmScript, options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
                    peerCold = await wrk.MeasureAsync(peerUrl, coldScript, options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
                }

                results.Add(new QueryResult(query.Title, warm, cold, ceilingResult, tail, peerWarm, peerCold, null));
            }
        }

        if (neo4j is not null)
        {
            await using var api = await ApiServer.StartAsync(apiDirectory, Path.Combine(work, "unused.db"), neo4j, Path.Combine(work, "api-neo4j.log"));
            foreach (var query in queries)
                neo4jWarm[query.Name] = await wrk.MeasureAsync(new Uri(api.Url, "/graphql"), WrkScript.Warm(query.WarmBody()), options.Connections, options.WarmupSeconds, options.DurationSeconds, options.Runs);
            results = results.Select((r, i) => r with { Neo4jWarm = neo4jWarm[queries[i].Name] }).ToList();
        }

        var info = new RunInfo(started, Environment.ProcessorCount, run, RunInfo.LoadAverage(),
            $"wrk -t2 -c{options.Connections} (p99 also at -c{options.TailConnections}), {options.WarmupSeconds} s warm-up, median of {options.Runs} runs of {options.DurationSeconds} s; " +
            "API in Release, Production settings, in-memory read cache, rate limiter on with the anonymous request and read budgets raised to 200,000 requests/s and 200,000,000 cost points/s");
        HttpReport.Print(results, Console.Out);
        var outDirectory = Directory.CreateDirectory(options.OutDirectory ?? Repository.Results).FullName;
        var markdown = Path.Combine(outDirectory, $"http-{info.Date}.md");
        var chart = Path.Combine(outDirectory, $"http-{info.Date}.svg");
        await File.WriteAllTextAsync(markdown, $"# HTTP benchmark, {info.Date}\n\n![chart](http-{info.Date}.svg)\n\n" + HttpReport.Markdown(results, info, neo4j is not null));
        await File.WriteAllTextAsync(chart, BarChartSvg.Render($"Her2Graph HTTP benchmark {info.Date} (req/s, {options.Connections} connections, one core)", "requests/s",
            ["API warm", "API cold", "ceiling", "graphql-js peer warm", "API on Neo4j warm"],
            results.Select(r => (r.Title, new double?[] { r.Warm.RequestsPerSecond, r.Cold.RequestsPerSecond, r.Ceiling.RequestsPerSecond, r.PeerWarm?.RequestsPerSecond, r.Neo4jWarm?.RequestsPerSecond })).ToList()));
        Console.WriteLine($"wrote {markdown} and {chart}; logs in {work}");
        return 0;
    }

    /// <summary>The API's answer bytes for a body; an answer with errors is printed, since its bytes would flatter the API.</summary>
    public static async Task<byte[]> AnswerAsync(HttpClient api, byte[] body, string name)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await api.PostAsync("/graphql", content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || JsonNode.Parse(bytes)?["errors"] is not null)
            Console.WriteLine($"warning: {name} answers {(int)response.StatusCode} with errors: {System.Text.Encoding.UTF8.GetString(bytes)[..Math.Min(300, bytes.Length)]}");
        return bytes;
    }

    private static async Task CheckColdAsync(HttpClient api, CanonicalQuery query, GraphFacts facts)
    {
        var failed = 0;
        var bodies = query.ColdBodies(facts, 20);
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await api.PostAsync("/graphql", content);
            if (!response.IsSuccessStatusCode || JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"] is not null) failed++;
        }

        if (failed > 0) Console.WriteLine($"note: {failed} of the first {bodies.Count} cold requests of {query.Name} answer with errors");
    }

    private static async Task ComparePeerAsync(HttpClient api, PinnedProcess peer, CanonicalQuery lookup)
    {
        using var peerClient = new HttpClient { BaseAddress = peer.Url };
        var ours = JsonNode.Parse(await AnswerAsync(api, lookup.WarmBody(), lookup.Name))!["data"]!.ToJsonString();
        using var content = new ByteArrayContent(lookup.WarmBody());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await peerClient.PostAsync("/graphql", content);
        var theirs = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["data"]?.ToJsonString();
        Console.WriteLine(ours == theirs ? $"peer answers the lookup as the API does: {ours}" : $"warning: the peer answers {theirs}, the API {ours}");
    }
}
