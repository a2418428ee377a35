namespace Her2Graph.Api.Telemetry;

/// <summary>
/// Makes Kestrel listen on the Prometheus port as well as on the public addresses. An endpoint added in code would
/// silently replace the configured URLs (<c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>), so the port is added to
/// them instead; when <c>Kestrel:Endpoints</c> is configured (which replaces the URLs anyway) it is added beside those.
/// </summary>
internal static class ScrapePort
{
    private const string DefaultUrls = "http://localhost:5000";

    public static void Listen(WebApplicationBuilder builder, int port)
    {
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(port));
            return;
        }

        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (string.IsNullOrWhiteSpace(urls)) urls = FromPorts(builder) ?? DefaultUrls;
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{urls};http://*:{port}");
    }

    // ASPNETCORE_HTTP_PORTS / HTTPS_PORTS (the container images set HTTP_PORTS=8080): used only when no URLs are set.
    private static string? FromPorts(WebApplicationBuilder builder)
    {
        var urls = Ports(builder.WebHost.GetSetting(WebHostDefaults.HttpPortsKey), "http")
            .Concat(Ports(builder.WebHost.GetSetting(WebHostDefaults.HttpsPortsKey), "https"))
            .ToList();
        return urls.Count == 0 ? null : string.Join(';', urls);
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{scheme}://*:{port}");
}
