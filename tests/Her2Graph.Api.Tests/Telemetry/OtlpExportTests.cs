using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>
/// OTLP over HTTP to a stand-in collector on loopback (it only notes what arrives and answers 200): the settings wire an
/// exporter per signal to the signal's path. gRPC is not exercised here: no collector is installed.
/// </summary>
public sealed class OtlpExportTests : IDisposable
{
    private readonly HttpListener _collector = new();
    private readonly ConcurrentQueue<(string Path, string? ContentType, long Length)> _received = new();
    private readonly TelemetryApiFactory _api;

    public OtlpExportTests()
    {
        var port = FreePort.Next();
        _collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        _collector.Start();
        _ = Task.Run(CollectAsync);
        _api = new TelemetryApiFactory(
            ("Her2Graph:Telemetry:Otlp:Endpoint", $"http://127.0.0.1:{port}"),
            ("Her2Graph:Telemetry:Otlp:Protocol", "http/protobuf"));
    }

    [Fact]
    public async Task Otlp_HttpProtobuf_TracesAndMetricsReachTheCollector()
    {
        using var client = _api.CreateGraphQLClient();
        await client.PostAsync("{ graph { version } }");

        Assert.True(_api.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(_api.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Contains(_received, r => r.Path == "/v1/traces" && r.ContentType == "application/x-protobuf" && r.Length > 0);
        Assert.Contains(_received, r => r.Path == "/v1/metrics" && r.ContentType == "application/x-protobuf" && r.Length > 0);
    }

    public void Dispose()
    {
        _api.Dispose();
        _collector.Close();
    }

    private async Task CollectAsync()
    {
        while (_collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _collector.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.Length));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
