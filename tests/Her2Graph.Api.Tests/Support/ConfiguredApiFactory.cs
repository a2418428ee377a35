using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The seeded API with extra configuration, as an operator would set it (<c>Her2Graph:GraphQL:Introspection=false</c>,
/// …), and every log entry recorded in <see cref="Logs"/>.
/// </summary>
public sealed class ConfiguredApiFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    public LogRecorder Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
    }
}
