namespace Her2Graph.Api.Bounds;

/// <summary>Thrown by <see cref="BoundedBufferStream"/> when a response outgrows its limit; caught by <see cref="BoundedResponseWriter"/>.</summary>
internal sealed class ResponseTooLargeException : IOException
{
    public ResponseTooLargeException()
        : base("The response is larger than its limit.")
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
