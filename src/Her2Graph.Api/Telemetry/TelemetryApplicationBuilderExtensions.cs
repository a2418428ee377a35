namespace Her2Graph.Api.Telemetry;

internal static class TelemetryApplicationBuilderExtensions
{
    public const string ScrapePath = "/metrics";

    /// <summary>
    /// First in the pipeline: the Prometheus port answers <c>/metrics</c> and nothing else (the public port never serves
    /// it: the check is on the socket's local port, which a client cannot forge as it can a Host header); then the
    /// correlation id of every other request.
    /// </summary>
    public static IApplicationBuilder UseHer2GraphTelemetry(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<TelemetryOptions>().PrometheusPort is { } port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == ScrapePath);
            app.Use((context, next) => context.Connection.LocalPort == port ? Results.NotFound().ExecuteAsync(context) : next());
        }

        return app.UseMiddleware<CorrelationIdMiddleware>();
    }
}
