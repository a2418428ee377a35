using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// A <c>redis-server</c> of the run's own on a loopback port, without persistence (a restart starts empty, as a crashed
/// cache node does), that the run can kill with SIGKILL and start again on the same port.
/// </summary>
internal sealed class RedisProcess : IDisposable
{
    private Process _process;

    private RedisProcess(int port, Process process)
    {
        Port = port;
        _process = process;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static bool IsInstalled() => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(directory => File.Exists(Path.Combine(directory, "redis-server")));

    public static async Task<RedisProcess> StartAsync(int port) => new(port, await LaunchAsync(port));

    /// <summary>Ends the server as a crash would: SIGKILL, no shutdown, every connection dropped.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>A new server on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        Kill();
        _process.Dispose();
        _process = await LaunchAsync(Port);
    }

    /// <summary>The server's <c>keyspace_hits</c> (INFO stats): reads that found their key, since this server started.</summary>
    public async Task<long> KeyspaceHitsAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync("INFO stats\r\n"u8.ToArray());
        var text = new StringBuilder();
        var buffer = new byte[8192];
        while (!text.ToString().Contains("keyspace_misses:", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0) break;
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var line = text.ToString().Split("\r\n").FirstOrDefault(l => l.StartsWith("keyspace_hits:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"redis-server on {Port} sent no keyspace_hits");
        return long.Parse(line["keyspace_hits:".Length..], CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static async Task<Process> LaunchAsync(int port)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"redis-server exited with {process.ExitCode} (port {port} taken?)");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        process.Kill();
        throw new TimeoutException($"redis-server did not listen on {port} within 5 s");
    }
}
