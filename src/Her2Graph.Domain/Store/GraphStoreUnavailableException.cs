namespace Her2Graph.Domain.Store;

/// <summary>
/// The store cannot answer now but may later: its server refused the connection, timed out or answered a 5xx, or it
/// has not started yet. Retry later; a client sees <c>STORE_UNAVAILABLE</c>. A fault that retrying cannot fix (a
/// corrupt file, refused credentials) is another exception.
/// </summary>
public sealed class GraphStoreUnavailableException : Exception
{
    public GraphStoreUnavailableException()
    {
    }

    public GraphStoreUnavailableException(string message)
        : base(message)
    {
    }

    public GraphStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
