namespace Her2Graph.Api.Telemetry;

/// <summary>
/// What the API reports about itself (<c>Her2Graph:Telemetry</c>). Everything is off by default: the instruments and
/// the correlation id cost next to nothing without a listener, and an operator turns on what a deployment collects.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Her2Graph:Telemetry";

    /// <summary>Collect the Her2Graph meter and ASP.NET Core's own metrics with the OpenTelemetry SDK.</summary>
    public bool Metrics { get; set; }

    /// <summary>Record spans: the HTTP request, the GraphQL execution and every store call that misses the cache.</summary>
    public bool Traces { get; set; }

    /// <summary>
    /// The share of new traces recorded (0 to 1), when the caller did not decide (a sampled <c>traceparent</c> is
    /// always followed). A tenth keeps the cost of spans small under load and still shows every slow path.
    /// </summary>
    public double TraceSampleRatio { get; set; } = 0.1;

    /// <summary>
    /// The port on which <c>/metrics</c> (Prometheus text format) is served, and only it; nothing else answers there.
    /// Null (the default): no scrape endpoint. Needs <see cref="Metrics"/>.
    /// </summary>
    public int? PrometheusPort { get; set; }

    /// <summary>OTLP export of metrics and traces (whichever are on); none when its endpoint is empty.</summary>
    public OtlpSettings Otlp { get; set; } = new();

    /// <summary>One JSON object per log line on the console, scopes (the correlation id) included.</summary>
    public bool JsonConsoleLogs { get; set; }
}
