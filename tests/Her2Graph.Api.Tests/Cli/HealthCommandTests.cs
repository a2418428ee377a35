using System.Net;
using System.Net.Sockets;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Cli;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Cli;

/// <summary>
/// <c>her2graph health [URL]</c>, the Docker HEALTHCHECK's probe, over real sockets: the API on Kestrel on a free port,
/// and a port nothing listens on.
/// </summary>
public sealed class HealthCommandTests
{
    [Fact]
    public async Task Health_ReadyApiOnKestrel_ExitsZero()
    {
        using var api = new ConfiguredApiFactory();
        var url = ReadyUrl(api);

        var run = await RunAsync("health", url);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"{url}: 200 OK", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Health_ApiWhoseStoreIsDown_ExitsOneWithTheStatusAndTheFailingCheck()
    {
        using var api = new Neo4jReplayApiFactory();
        api.Neo4j.Mode = ReplayingNeo4jHandler.State.Refusing;
        var url = ReadyUrl(api);

        var run = await RunAsync("health", url);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"her2graph health: {url} answered 503 Service Unavailable: ", line, StringComparison.Ordinal);
        Assert.Contains("\"store\"", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Health_ClosedPort_ExitsOneWithOneLineSayingItCannotBeReached()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/health/ready";

        var run = await RunAsync("health", url);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"her2graph health: {url} cannot be reached: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://localhost/health/ready")]
    public async Task Health_NotAnHttpUrl_IsAUsageError(string url)
    {
        var run = await RunAsync("health", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("URL must be an absolute http(s) URL", run.Error, StringComparison.Ordinal);
    }

    private static string ReadyUrl<T>(WebApplicationFactory<T> api)
        where T : class
    {
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(new Uri(address), "/health/ready").ToString();
    }

    /// <summary>A port that was free a moment ago and that nothing here listens on.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(int ExitCode, string Out, string Error, IReadOnlyList<string> ErrorLines)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, new CommandConsole(stdout, stderr, Path.GetTempPath()), CancellationToken.None);
        var error = stderr.ToString();
        return (exitCode, stdout.ToString(), error, error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}
