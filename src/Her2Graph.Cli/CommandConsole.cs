namespace Her2Graph.Cli;

/// <summary>Where a command writes and which directory relative paths start from; tests pass their own.</summary>
internal sealed record CommandConsole(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    /// <summary>Sends the requests of commands that talk to a running API; null for the network. Tests pass an in-memory server's.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Whether <see cref="Out"/> is a terminal, which gets progress bars; otherwise progress is plain lines.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Reads an environment variable (the API key); tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;
}
