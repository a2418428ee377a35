namespace Her2Graph.Domain.Store;

/// <summary>A cursor that was not made by this API for the same order.</summary>
public sealed class InvalidCursorException(string cursor)
    : ArgumentException($"'{cursor}' is not a cursor of this listing: pass a cursor from a page with the same order")
{
    public string Cursor { get; } = cursor;
}
