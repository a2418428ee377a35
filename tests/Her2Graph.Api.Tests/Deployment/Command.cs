using System.Diagnostics;
using System.Text;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>Runs a tool of the machine (docker-compose, scripts/publish.sh, dotnet) with a bound on how long it may take.</summary>
internal static class Command
{
    /// <summary>The executable <paramref name="name"/> on the PATH, or null.</summary>
    public static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, name))
        .FirstOrDefault(File.Exists);

    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Runs to the end, or kills the process tree after <paramref name="timeout"/> and fails saying so.</summary>
    public static async Task<CommandResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}:{Environment.NewLine}{output}{error}");
        }

        // The exit event can come before the last lines of output: this waits for the streams' end.
        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.ToString(), error.ToString());
    }
}
