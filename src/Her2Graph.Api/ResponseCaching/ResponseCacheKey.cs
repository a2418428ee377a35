namespace Her2Graph.Api.ResponseCaching;

/// <summary>
/// What an answer's <c>data</c> depends on: the graph and its version (read from the store for this request), the
/// document's text, the operation it names and its variables. Not the caller: no read depends on who asks (only
/// writes do, and they are never cached); a read that ever does must add the caller here.
/// </summary>
internal sealed record ResponseCacheKey(string GraphId, long Version, string Document, string? OperationName, string Variables)
{
    /// <summary>Its share of the cache's size limit: the strings it holds.</summary>
    public long Size => 2L * (GraphId.Length + Document.Length + (OperationName?.Length ?? 0) + Variables.Length) + 64;
}
