using Her2Graph.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The API in process with extra settings, capturing what start-up prints instead of stderr, so that a test can see
/// the one line a permanent fault prints (the process test checks the exit code and stderr itself).
/// </summary>
public class StartupApiFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    private readonly StringWriter _errors = new();

    /// <summary>Starts the API expecting it to refuse; returns what it printed.</summary>
    public string RefusedStart()
    {
        Assert.ThrowsAny<Exception>(() => CreateClient());
        return _errors.ToString();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton(new StartupConsole(_errors)));
    }
}
