using System.Net;
using System.Text;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>
/// The neo4j service's health check as compose resolves it, run by /bin/sh with GNU wget (what the neo4j image has)
/// against a stand-in Query API on a loopback port: it must post `RETURN 1` with the user and password of NEO4J_AUTH,
/// and fail when Neo4j refuses them. The shell quoting and `$$` escapes of the YAML are what this catches.
/// </summary>
public sealed class Neo4jHealthCheckTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Neo4jHealthCheck_QueryApiAnswers_PostsReturnOneWithTheConfiguredCredentials()
    {
        var password = ExampleEnvFile.Read(RepositoryFiles.PathOf(ExampleEnvFile.RelativePath))["NEO4J_PASSWORD"];

        var (exitCode, request) = await ProbeAsync(HttpStatusCode.Accepted, $"neo4j/{password}");

        Assert.True(exitCode == 0, $"the probe failed with exit {exitCode}");
        Assert.Equal("POST /db/neo4j/query/v2", $"{request.Method} {request.Path}");
        Assert.Equal($"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{password}"))}", request.Authorization);
        Assert.Equal("RETURN 1", JsonDocument.Parse(request.Body).RootElement.GetProperty("statement").GetString());
    }

    [SkippableFact]
    public async Task Neo4jHealthCheck_CredentialsRefused_Fails()
    {
        var (exitCode, _) = await ProbeAsync(HttpStatusCode.Unauthorized, "neo4j/wrong-password");

        Assert.NotEqual(0, exitCode);
    }

    private static async Task<(int ExitCode, ProbeRequest Request)> ProbeAsync(HttpStatusCode status, string auth)
    {
        Requirement.SkipIf(Command.FindOnPath("wget") is null, "wget is absent: apt-get install wget (the neo4j image's probe uses it)");
        var resolved = await ComposeConfig.ResolvedAsync();
        var test = ComposeConfig.Sequence(ComposeConfig.Mapping(ComposeConfig.Mapping(ComposeConfig.Mapping(resolved, "services"), "neo4j"), "healthcheck"), "test")
            .Select(t => t.ToString()).ToList();
        Assert.Equal("CMD-SHELL", test[0]);

        var port = RedisServer.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var answer = AnswerOneAsync(listener, status);

        // What the container's shell gets: compose turns $$ into $; the probe's localhost:7474 becomes the stand-in.
        var command = test[1].Replace("$$", "$", StringComparison.Ordinal).Replace("http://localhost:7474", $"http://127.0.0.1:{port}", StringComparison.Ordinal);
        var start = Command.StartInfo("/bin/sh", ["-c", command], Path.GetTempPath());
        start.Environment["NEO4J_AUTH"] = auth;
        var result = await Command.RunAsync(start, Timeout);
        return (result.ExitCode, await answer.WaitAsync(Timeout));
    }

    private static async Task<ProbeRequest> AnswerOneAsync(HttpListener listener, HttpStatusCode status)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = new ProbeRequest(
            context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], await reader.ReadToEndAsync());
        var body = status == HttpStatusCode.Accepted
            ? """{"data": {"fields": ["1"], "values": [[{"$type": "Integer", "_value": "1"}]]}, "bookmarks": []}"""
            : """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}""";
        context.Response.StatusCode = (int)status;
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
        return request;
    }
}
