namespace Her2Graph.Cli.Stores;

/// <summary>A store locator that parses but cannot be opened as asked (a missing source file, no credentials): a usage error.</summary>
internal sealed class StoreLocatorException(string message) : Exception(message);
