using Her2Graph.Api.Caching;
using Her2Graph.Api.Storage;
using Her2Graph.Api.Telemetry;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>The settings, read and checked; and a default deployment with no SDK and no store decorator.</summary>
public sealed class TelemetrySettingsTests
{
    [Fact]
    public void Settings_Default_EverythingOff()
    {
        var options = TelemetrySettings.Read(Configuration());

        Assert.False(options.Metrics);
        Assert.False(options.Traces);
        Assert.Null(options.PrometheusPort);
        Assert.Null(options.Otlp.Endpoint);
        Assert.False(options.JsonConsoleLogs);
    }

    [Fact]
    public void Settings_PrometheusPort_TurnsMetricsOn() =>
        Assert.True(TelemetrySettings.Read(Configuration(("PrometheusPort", "9464"))).Metrics);

    [Theory]
    [InlineData("TraceSampleRatio", "1.5")]
    [InlineData("PrometheusPort", "70000")]
    [InlineData("Otlp:Protocol", "http/json")]
    [InlineData("Otlp:Endpoint", "collector:4317")]
    public void Settings_BadValue_RefusedNamingTheSetting(string key, string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TelemetrySettings.Read(Configuration((key, value))));
        Assert.Contains($"Her2Graph:Telemetry:{key}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grpc", "http://collector:4317", "traces", "http://collector:4317/")]
    [InlineData("http/protobuf", "http://collector:4318", "traces", "http://collector:4318/v1/traces")]
    [InlineData("http/protobuf", "http://collector:4318/", "metrics", "http://collector:4318/v1/metrics")]
    public void OtlpEndpoint_ByProtocol_SignalPathOnlyForHttp(string protocol, string endpoint, string signal, string expected) =>
        Assert.Equal(expected, TelemetrySettings.OtlpEndpoint(new OtlpSettings { Protocol = protocol, Endpoint = endpoint }, signal).ToString());

    [Fact]
    public void Defaults_ApiWithoutSettings_NoSdkAndNoStoreDecorator()
    {
        using var api = new ApiFactory();
        using var scope = api.Services.CreateScope();

        Assert.Null(api.Services.GetService<MeterProvider>());
        Assert.Null(api.Services.GetService<TracerProvider>());
        var store = Assert.IsType<CachedGraphStore>(scope.ServiceProvider.GetRequiredService<IGraphStore>());
        Assert.IsType<GatedGraphStore>(store.Inner);
    }

    [Fact]
    public void JsonConsoleLogs_On_ConsoleWritesJsonWithScopes()
    {
        using var api = new ConfiguredApiFactory(("Her2Graph:Telemetry:JsonConsoleLogs", "true"));

        Assert.Equal(ConsoleFormatterNames.Json, api.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        Assert.True(api.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
    }

    [Fact]
    public void ErrorCodeLabels_ManyUnknownCodes_BoundedWithOther()
    {
        var labels = new ErrorCodeLabels();

        var seen = Enumerable.Range(0, 500).Select(i => labels.For($"MINTED_{i}")).Distinct().ToList();

        Assert.Contains(ErrorCodeLabels.Other, seen);
        Assert.True(seen.Count <= 65, $"{seen.Count} labels");
        Assert.Equal("RATE_LIMITED", labels.For("RATE_LIMITED"));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>($"Her2Graph:Telemetry:{s.Key}", s.Value)))
            .Build();
}
