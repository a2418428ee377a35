using System.Diagnostics;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>The built API as a real process: a permanent fault exits with code 1 and one line on stderr, no stack trace, no host log.</summary>
public sealed class ApiProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-process-").FullName;

    [Fact]
    public async Task CorruptDatabaseFile_ExitsWithCode1AndOneLineNamingTheFile()
    {
        var path = Path.Combine(_directory, "corrupt.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("not a database ", 500)));

        var (exitCode, stdout, stderr) = await RunApiAsync(("Her2Graph__Storage__SqlitePath", path));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"Her2Graph cannot start: {path} is corrupt or not a database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedApiKey_ExitsWithCode1BeforeCreatingTheDatabase()
    {
        var path = Path.Combine(_directory, "data", "never.db");

        var (exitCode, stdout, stderr) = await RunApiAsync(
            ("Her2Graph__Storage__SqlitePath", path), ("Her2Graph__ApiKeys__0__Id", "curator"), ("Her2Graph__ApiKeys__0__Sha256", "abc123"));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Her2Graph:ApiKeys: key 'curator' needs Sha256", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // The API assembly copied beside the tests, run by the same dotnet host, from a folder with no settings files.
    private async Task<(int ExitCode, string Stdout, string Stderr)> RunApiAsync(params (string Name, string Value)[] environment)
    {
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host, Path.Combine(AppContext.BaseDirectory, "Her2Graph.Api.dll"))
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"the API did not exit; it printed: {await stdout}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
