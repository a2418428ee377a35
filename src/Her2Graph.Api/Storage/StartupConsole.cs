namespace Her2Graph.Api.Storage;

/// <summary>Where the one line of a permanent start-up fault goes: stderr (tests that host the API in process capture it).</summary>
internal sealed record StartupConsole(TextWriter Error);
