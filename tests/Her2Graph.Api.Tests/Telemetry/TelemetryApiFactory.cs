using System.Diagnostics.Metrics;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>
/// The seeded API with metrics and traces on (every trace sampled), its Her2Graph measurements in <see cref="Metrics"/>
/// and the spans its SDK exported in <see cref="Spans"/> (the in-memory exporter), plus any settings given.
/// </summary>
public class TelemetryApiFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    private MetricRecorder? _metrics;

    /// <summary>What the SDK exported. Its listener hears every host of the process: filter by trace id.</summary>
    public SpanCollection Spans { get; } = new();

    /// <summary>Measurements from the first use on: touch it before the requests it should see.</summary>
    public MetricRecorder Metrics => LazyInitializer.EnsureInitialized(ref _metrics, () => new MetricRecorder(Services.GetRequiredService<IMeterFactory>()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Her2Graph:Telemetry:Metrics", "true");
        builder.UseSetting("Her2Graph:Telemetry:Traces", "true");
        builder.UseSetting("Her2Graph:Telemetry:TraceSampleRatio", "1");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _metrics?.Dispose();
        base.Dispose(disposing);
    }
}
