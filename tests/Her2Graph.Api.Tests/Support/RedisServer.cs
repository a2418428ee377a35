using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// A real <c>redis-server</c> of the test's own on a free loopback port, without persistence, that a test can kill,
/// freeze (SIGSTOP) and thaw. Tests that need one skip with <see cref="MissingReason"/> when the binary is absent.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string MissingReason = "redis-server is not installed: apt-get install redis-server (scripts/test.sh installs it)";

    private readonly Process _process;
    private bool _frozen;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The redis-server binary on the PATH, or null.</summary>
    public static string? Binary { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "redis-server"))
        .FirstOrDefault(File.Exists);

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public static RedisServer Start()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Binary ?? throw new InvalidOperationException(MissingReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        server.WaitUntilAnswering();
        return server;
    }

    /// <summary>Ends the server as a crash would (SIGKILL).</summary>
    public void Kill()
    {
        Thaw();
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Stops the process without closing its connections: calls hang, as with a frozen server.</summary>
    public void Freeze()
    {
        Signal("-STOP");
        _frozen = true;
    }

    public void Thaw()
    {
        if (!_frozen) return;
        Signal("-CONT");
        _frozen = false;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString()]);
        kill.WaitForExit();
    }

    private void WaitUntilAnswering()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var buffer = new byte[16];
                var read = stream.Read(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal)) return;
            }
            catch (SocketException)
            {
            }

            Thread.Sleep(25);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port}");
    }

    /// <summary>A loopback port nothing listens on (until someone binds it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
