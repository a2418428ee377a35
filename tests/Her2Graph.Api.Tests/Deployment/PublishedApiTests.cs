using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>
/// What the Dockerfile's build and runtime stages do, on this machine: scripts/publish.sh into a temporary folder,
/// then the published API started as the image starts it (`dotnet api/Her2Graph.Api.dll`), from a working directory
/// outside the repository, so the graph-seed/ it loads is the published one. Slow (a Release publish): one test.
/// </summary>
public sealed class PublishedApiTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task PublishedApi_OnABareFolder_StartsSeededAndAnswersGraphQL()
    {
        Requirement.SkipIf(Command.FindOnPath("npm") is null, "npm is absent: scripts/publish.sh needs it for the IDE (scripts/test.sh installs it)");
        var folder = Directory.CreateTempSubdirectory("her2graph-publish-");
        try
        {
            var publish = await Command.RunAsync(
                Command.StartInfo(RepositoryFiles.PathOf("scripts/publish.sh"), [Path.Combine(folder.FullName, "out")], RepositoryFiles.Root), PublishTimeout);
            Assert.True(publish.ExitCode == 0, publish.Describe());
            var published = Path.Combine(folder.FullName, "out");

            // The paths the Dockerfile's runtime stage names (/app/api/…, /app/cli/her2graph).
            Assert.True(File.Exists(Path.Combine(published, "api", "Her2Graph.Api.dll")));
            Assert.True(File.Exists(Path.Combine(published, "cli", "her2graph")));
            Assert.True(Directory.Exists(Path.Combine(published, "api", "graph-seed", "nodes")));
            Assert.True(File.Exists(Path.Combine(published, "api", "bananacakepop", "index.html")));
            Assert.True(File.Exists(Path.Combine(published, "api", "explorer", "explorer.js")));

            var port = RedisServer.FreePort();
            var work = Directory.CreateDirectory(Path.Combine(folder.FullName, "work")).FullName;
            var start = Command.StartInfo("dotnet", [Path.Combine(published, "api", "Her2Graph.Api.dll")], work);
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Her2Graph__Storage__SqlitePath"] = Path.Combine(work, "her2graph.db");
            start.Environment.Remove("Her2Graph__Storage__SeedFolder");
            start.Environment.Remove("Her2Graph__Redis__Configuration");

            using var api = Process.Start(start)!;
            var log = new System.Text.StringBuilder();
            api.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
            api.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
            api.BeginOutputReadLine();
            api.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
                Assert.True(await WaitUntilReadyAsync(http, api), $"the published API was not ready within {ReadyTimeout}:{Environment.NewLine}{log}");

                using var response = await http.PostAsJsonAsync("/graphql", new { query = """{ drug(name: "Enhertu") { key name } graph { version } }""" });
                var body = await response.Content.ReadAsStringAsync();
                output.WriteLine(body);
                using var json = JsonDocument.Parse(body);
                var data = json.RootElement.GetProperty("data");
                Assert.Equal("trastuzumab deruxtecan", data.GetProperty("drug").GetProperty("key").GetString());
                Assert.True(data.GetProperty("graph").GetProperty("version").GetInt64() > 0);
                Assert.Contains(Path.Combine(published, "api", "graph-seed"), log.ToString(), StringComparison.Ordinal);

                // The IDE a browser gets at /graphql comes from the published copy of the npm package.
                using var ide = new HttpRequestMessage(HttpMethod.Get, "/graphql");
                ide.Headers.Accept.ParseAdd("text/html");
                using var page = await http.SendAsync(ide);
                Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
                Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

                // So does the explorer, bundled by the build.
                using var explorer = await http.GetAsync("/explore/explorer.js");
                Assert.Equal(System.Net.HttpStatusCode.OK, explorer.StatusCode);

                // The Docker HEALTHCHECK's probe, from the published CLI.
                var probe = await Command.RunAsync(
                    Command.StartInfo(Path.Combine(published, "cli", "her2graph"), ["health", $"http://127.0.0.1:{port}/health/ready"], work), TimeSpan.FromSeconds(60));
                Assert.True(probe.ExitCode == 0, probe.Describe());
            }
            finally
            {
                if (!api.HasExited) api.Kill(entireProcessTree: true);
                using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await api.WaitForExitAsync(exit.Token);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Polls /health/ready until 200, the process exits, or the bound passes; no timed assertion, only a bound.
    private static async Task<bool> WaitUntilReadyAsync(HttpClient http, Process api)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout && !api.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        return false;
    }
}
