using Her2Graph.Api.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>The Prometheus port is added to the public addresses an operator configured, never in place of them.</summary>
public sealed class ScrapePortTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080", "http://0.0.0.0:8080;http://*:9464")]
    [InlineData("http_ports", "8080", "http://*:8080;http://*:9464")]
    [InlineData("http_ports", "8080;8081", "http://*:8080;http://*:8081;http://*:9464")]
    [InlineData("https_ports", "8443", "https://*:8443;http://*:9464")]
    public void Listen_ConfiguredAddresses_KeptWithThePortAdded(string setting, string value, string expected)
    {
        // The others emptied: the machine's ASPNETCORE_* variables (a container sets HTTP_PORTS) must not leak in.
        var builder = Builder();
        builder.WebHost.UseSetting(setting, value);

        ScrapePort.Listen(builder, 9464);

        Assert.Equal(expected, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void Listen_NothingConfigured_KestrelDefaultKept()
    {
        var builder = Builder();

        ScrapePort.Listen(builder, 9464);

        Assert.Equal("http://localhost:5000;http://*:9464", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    private static WebApplicationBuilder Builder()
    {
        var builder = WebApplication.CreateBuilder();
        foreach (var key in (string[])[WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey])
            builder.WebHost.UseSetting(key, "");
        return builder;
    }
}
