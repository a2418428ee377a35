namespace Her2Graph.Api.ResponseCaching;

/// <summary>One request's part in the response cache: the key its answer is kept under, unless a resolver forbade it.</summary>
internal sealed class ResponseCacheScope
{
    /// <summary>Set when the request missed: its answer may be kept under this key once written.</summary>
    public ResponseCacheKey? Key { get; set; }

    public bool Forbidden { get; private set; }

    /// <summary>For a resolver whose answer depends on more than the graph version (the release folder, say).</summary>
    public void Forbid() => Forbidden = true;
}
