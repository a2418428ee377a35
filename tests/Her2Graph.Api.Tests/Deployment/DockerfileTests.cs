using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>
/// The Dockerfile read as text (no Docker engine runs here, so the image is never built): the stages the issue asks
/// for, and the paths the runtime stage names agree with what scripts/publish.sh writes (PublishedApiTests checks
/// those paths exist in a real publish).
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryFiles.PathOf("Dockerfile"))
        .Where(line => !line.TrimStart().StartsWith('#')).ToArray();

    [Fact]
    public void Dockerfile_Stages_NodeThenSdkRunningPublishShThenAspNetRuntime()
    {
        var stages = Lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, stages.Count);
        Assert.StartsWith("FROM node:", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", stages[1], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", stages[2], StringComparison.Ordinal);
        Assert.Contains(StageOf("build"), line => line.StartsWith("RUN scripts/publish.sh /out", StringComparison.Ordinal));
        Assert.Contains(StageOf("web"), line => line.StartsWith("RUN cd Ide && npm ci", StringComparison.Ordinal));
        Assert.Contains(StageOf("web"), line => line.StartsWith("RUN cd Explorer/web && node build.mjs", StringComparison.Ordinal));
        Assert.Contains(StageOf("build"), line => line.Contains("-p:SkipBananaCakePop=true -p:SkipExplorer=true", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_RuntimeStage_RunsAsAppUidOn8080WithTheCliProbe()
    {
        var runtime = string.Join('\n', StageOf("runtime")).Replace("\\\n", " ", StringComparison.Ordinal);

        Assert.Contains("USER $APP_UID", runtime, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", runtime, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", runtime, StringComparison.Ordinal);
        Assert.Contains("""CMD ["/app/cli/her2graph", "health", "http://localhost:8080/health/ready"]""", runtime, StringComparison.Ordinal);
        Assert.Contains("Her2Graph__Storage__SeedFolder=/app/api/graph-seed", runtime, StringComparison.Ordinal);
        Assert.Contains("""ENTRYPOINT ["dotnet", "/app/api/Her2Graph.Api.dll"]""", runtime, StringComparison.Ordinal);
        Assert.Contains("COPY --from=build /out /app", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void DockerIgnore_KeepsWhatTheBuildStageNeeds()
    {
        var ignored = File.ReadAllLines(RepositoryFiles.PathOf(".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        foreach (var needed in new[] { "src", "scripts", "graph-seed", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" })
            Assert.DoesNotContain(needed, ignored);
        Assert.Contains("**/node_modules", ignored);
        Assert.Contains(".env", ignored);
    }

    private static List<string> StageOf(string name)
    {
        var start = Array.FindIndex(Lines, line => line.StartsWith("FROM ", StringComparison.Ordinal) && line.EndsWith($" AS {name}", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no stage named {name}");
        return Lines.Skip(start + 1).TakeWhile(line => !line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
    }
}
