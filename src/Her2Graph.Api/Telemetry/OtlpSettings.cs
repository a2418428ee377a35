namespace Her2Graph.Api.Telemetry;

/// <summary>Where OTLP goes (<c>Her2Graph:Telemetry:Otlp</c>): a collector's base address and its protocol.</summary>
internal sealed class OtlpSettings
{
    /// <summary>The collector's base address, e.g. http://otel-collector:4317 (gRPC) or http://otel-collector:4318 (HTTP).</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>, as in the OTEL_EXPORTER_OTLP_PROTOCOL convention.</summary>
    public string Protocol { get; set; } = "grpc";
}
