namespace Her2Graph.Api.Telemetry;

/// <summary>Reads and checks <c>Her2Graph:Telemetry</c>; a bad value stops start-up with a message naming the setting.</summary>
internal static class TelemetrySettings
{
    public const string HttpProtobuf = "http/protobuf";
    public const string Grpc = "grpc";

    public static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.TraceSampleRatio is < 0 or > 1 || double.IsNaN(options.TraceSampleRatio))
            throw new InvalidOperationException($"{TelemetryOptions.Section}:TraceSampleRatio must be between 0 and 1");
        if (options.PrometheusPort is < 1 or > 65535)
            throw new InvalidOperationException($"{TelemetryOptions.Section}:PrometheusPort must be a TCP port (1 to 65535)");
        if (options.Otlp.Protocol is not (Grpc or HttpProtobuf))
            throw new InvalidOperationException($"{TelemetryOptions.Section}:Otlp:Protocol must be {Grpc} or {HttpProtobuf}");
        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint) && (!Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out var otlp) || otlp.Scheme is not ("http" or "https")))
            throw new InvalidOperationException($"{TelemetryOptions.Section}:Otlp:Endpoint must be an absolute URL, e.g. http://otel-collector:4317");

        // A scrape endpoint without metrics would serve an empty page: asking for one asks for metrics.
        if (options.PrometheusPort is not null) options.Metrics = true;
        return options;
    }

    /// <summary>The OTLP address of one signal: gRPC takes the base address; HTTP needs the signal's path appended.</summary>
    public static Uri OtlpEndpoint(OtlpSettings otlp, string signal) =>
        otlp.Protocol == HttpProtobuf ? new Uri($"{otlp.Endpoint!.TrimEnd('/')}/v1/{signal}") : new Uri(otlp.Endpoint!);
}
