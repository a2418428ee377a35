namespace Her2Graph.Cli;

/// <summary>Where a command writes and which directory relative paths start from; tests pass their own.</summary>
internal sealed record CommandConsole(TextWriter Out, TextWriter Error, string CurrentDirectory);
