using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Her2Graph.Bench.Http.Queries;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// Clients that each send one request at a time until the run's time is up: a canonical query (its repeated document or
/// the cold form with new variables), or, one request in <see cref="WriteEvery"/>, a curator write. Every acknowledged
/// write is then read back through the API.
/// </summary>
internal sealed class MixedLoad(Uri api, string curatorKey, int clients, TimeSpan duration, int seed)
{
    public const int WriteEvery = 10;
    private const int ColdBodiesPerQuery = 200;
    private const int ReadBackBatch = 15; // the API allows at most 15 aliased fields in a selection set
    private const int ErrorSamples = 5;

    private readonly ConcurrentDictionary<string, string> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();

    public LoadCounters Counters { get; } = new();

    public async Task<LoadResult> RunAsync()
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 1 }) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        var facts = await GraphFacts.ReadAsync(client, 500);
        var reads = CanonicalQueries.All().SelectMany(q => q.ColdBodies(facts, ColdBodiesPerQuery).Prepend(q.WarmBody())).ToArray();
        var writes = new CuratorWrites(seed.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + Random.Shared.Next(0x10000).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        var readTimes = new List<double>[clients];
        var writeTimes = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(client, c, reads, writes, clock, readTimes[c] = [], writeTimes[c] = []))));
        var seconds = clock.Elapsed.TotalSeconds;
        var unverified = await VerifyAsync(client);
        return new LoadResult(clients, seconds, Counters.Reads, Counters.Writes, Counters.ReadErrors, Counters.WriteErrors, _errors.ToList(),
            _acknowledged.Count, _acknowledged.Count - unverified.Count, unverified,
            Percentiles.Of(readTimes.SelectMany(t => t).ToList()), Percentiles.Of(writeTimes.SelectMany(t => t).ToList()));
    }

    private async Task ClientAsync(HttpClient client, int id, byte[][] reads, CuratorWrites writes, Stopwatch clock, List<double> readTimes, List<double> writeTimes)
    {
        var random = new Random(seed * 1000 + id);
        var written = 0;
        while (clock.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            if (random.Next(WriteEvery) == 0)
            {
                var (key, name, body) = writes.Next(id, written++);
                var answer = await SendAsync(client, body, curatorKey);
                writeTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var acknowledged = CuratorWrites.Acknowledges(answer, name);
                if (acknowledged) _acknowledged[key] = name;
                else if (answer is not null) Sample("write", answer);
                Counters.Wrote(failed: !acknowledged);
            }
            else
            {
                var answer = await SendAsync(client, reads[random.Next(reads.Length)], null);
                readTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var failed = answer?["errors"] is not null || answer?["data"] is null;
                if (failed && answer is not null) Sample("read", answer);
                Counters.Read(failed);
            }
        }
    }

    /// <summary>The answer, or null for a non-2xx status, a body that is not JSON or no answer at all (each an error).</summary>
    private async Task<JsonNode?> SendAsync(HttpClient client, byte[] body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        try
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                Sample("http", JsonValue.Create($"{(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}"));
                return null;
            }

            return JsonNode.Parse(text);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            Sample("exchange", JsonValue.Create(e.Message));
            return null;
        }
    }

    private async Task<IReadOnlyList<string>> VerifyAsync(HttpClient client)
    {
        var unverified = new List<string>();
        foreach (var batch in _acknowledged.Keys.Order(StringComparer.Ordinal).Chunk(ReadBackBatch))
        {
            var answer = await SendAsync(client, CuratorWrites.ReadBackBody(batch), null);
            for (var i = 0; i < batch.Length; i++)
            {
                var node = answer?["data"]?[$"k{i}"];
                if ((string?)node?["key"] != batch[i] || (string?)node?["name"] != _acknowledged[batch[i]])
                    unverified.Add($"{batch[i]}: wrote {_acknowledged[batch[i]]}, read {node?.ToJsonString() ?? "nothing"}");
            }
        }

        return unverified;
    }

    private void Sample(string kind, JsonNode answer)
    {
        var text = answer.ToJsonString();
        if (_errors.Count < ErrorSamples) _errors.Enqueue($"{kind}: {text[..Math.Min(300, text.Length)]}");
    }
}
