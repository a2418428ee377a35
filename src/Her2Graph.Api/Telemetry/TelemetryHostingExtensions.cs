using GraphQL.Execution;
using Her2Graph.Domain.Store;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Her2Graph.Api.Telemetry;

internal static class TelemetryHostingExtensions
{
    public const string ServiceName = "her2graph";

    /// <summary>
    /// The Her2Graph meter and the correlation id always (both cost next to nothing unheard); from
    /// <c>Her2Graph:Telemetry</c>: the OpenTelemetry SDK for metrics and traces, OTLP export, the Prometheus port, JSON
    /// console logs. After the schema is added: it wraps the engine's error info provider.
    /// </summary>
    public static WebApplicationBuilder AddHer2GraphTelemetry(this WebApplicationBuilder builder)
    {
        var options = TelemetrySettings.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<Her2GraphMetrics>();
        services.AddSingleton<KnownOperations>();
        services.AddHttpContextAccessor();
        WrapErrorInfoProvider(services);

        if (options.JsonConsoleLogs) builder.Logging.AddJsonConsole(json => (json.IncludeScopes, json.UseUtcTimestamp) = (true, true));
        if (!options.Metrics && !options.Traces) return builder;

        services.AddScoped<RequestStoreCalls>();
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        if (options.Metrics) telemetry.WithMetrics(metrics => Metrics(metrics, options));
        if (options.Traces) telemetry.WithTracing(tracing => Tracing(tracing, options));
        if (options.PrometheusPort is { } port) ScrapePort.Listen(builder, port);
        return builder;
    }

    /// <summary>The store a scope reads through, below the read cache: instrumented when metrics or traces are on.</summary>
    public static IGraphStore InstrumentStore(this IServiceProvider provider, IGraphStore store) =>
        provider.GetService<RequestStoreCalls>() is { } calls
            ? new InstrumentedGraphStore(store, provider.GetRequiredService<Her2GraphMetrics>(), calls)
            : store;

    private static void Metrics(MeterProviderBuilder metrics, TelemetryOptions options)
    {
        metrics.AddMeter(Her2GraphMetrics.MeterName).AddAspNetCoreInstrumentation();
        if (options.PrometheusPort is not null) metrics.AddPrometheusExporter();
        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint)) metrics.AddOtlpExporter(otlp => Otlp(otlp, options.Otlp, "metrics"));
    }

    private static void Tracing(TracerProviderBuilder tracing, TelemetryOptions options)
    {
        tracing.AddSource(Her2GraphActivitySource.Name)
            .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
            // Probes and scrapes would drown the traces that matter.
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context =>
                !context.Request.Path.StartsWithSegments("/health") && context.Connection.LocalPort != options.PrometheusPort);
        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint)) tracing.AddOtlpExporter(otlp => Otlp(otlp, options.Otlp, "traces"));
    }

    private static void Otlp(OtlpExporterOptions otlp, OtlpSettings settings, string signal)
    {
        otlp.Protocol = settings.Protocol == TelemetrySettings.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        otlp.Endpoint = TelemetrySettings.OtlpEndpoint(settings, signal);
    }

    private static void WrapErrorInfoProvider(IServiceCollection services)
    {
        var registered = services.Last(descriptor => descriptor.ServiceType == typeof(IErrorInfoProvider));
        services.Add(ServiceDescriptor.Singleton<IErrorInfoProvider>(provider => new CorrelatedErrorInfoProvider(
            (IErrorInfoProvider)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            provider.GetRequiredService<IHttpContextAccessor>())));
    }
}
