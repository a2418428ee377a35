using System.Text;

namespace Her2Graph.Bench.Http.Load;

/// <summary>
/// wrk's Lua scripts: POST of one body (warm) or of a different body each request (cold: each of wrk's threads walks
/// the list from its own offset), and a <c>done</c> hook that prints one machine-readable RESULT line.
/// </summary>
internal static class WrkScript
{
    public static string Warm(byte[] body) => Header() + $"wrk.body = {Long(body)}\n" + Done;

    public static string Cold(IReadOnlyList<byte[]> bodies)
    {
        var script = new StringBuilder(Header()).Append("local bodies = {\n");
        foreach (var body in bodies) script.Append(Long(body)).Append(",\n");
        script.Append("""
            }
            local threads = 0
            function setup(thread) thread:set("id", threads); threads = threads + 1 end
            function init(args) i = (id or 0) * 7919 end
            function request()
              i = i + 1
              return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
            end

            """);
        return script.Append(Done).ToString();
    }

    private static string Header() => "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n";

    // A Lua long string cannot hold its own closing bracket; the bodies are JSON, which never writes "]==]" unescaped
    // outside a string, but a string value could.
    private static string Long(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        if (text.Contains("]==]", StringComparison.Ordinal)) throw new InvalidOperationException("a request body holds ]==]");
        return "[==[" + text + "]==]";
    }

    private const string Done = """
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
        end

        """;
}
