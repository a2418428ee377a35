namespace Her2Graph.Api.PersistedDocuments;

/// <summary>Documents sent by hash (automatic persisted queries), and whether only known ones run (<c>Her2Graph:PersistedDocuments</c>).</summary>
internal sealed class PersistedDocumentOptions
{
    public const string Section = "Her2Graph:PersistedDocuments";

    /// <summary>
    /// Run known documents only (the IDE's examples and <see cref="Folder"/>), by hash or by text: any other document,
    /// and any registration, is refused with <c>PERSISTED_QUERY_NOT_ALLOWED</c>.
    /// </summary>
    public bool TrustedOnly { get; set; }

    /// <summary>A folder of registered <c>*.graphql</c> documents (relative to the working directory), known by the SHA-256 of their text.</summary>
    public string? Folder { get; set; }

    /// <summary>Bytes of registered document text this process keeps in memory (least recently used go first).</summary>
    public long MemorySizeLimit { get; set; } = 16L * 1024 * 1024;

    /// <summary>How long Redis keeps a registered document (when Redis is configured) after its registration.</summary>
    public TimeSpan RedisEntryLifetime { get; set; } = TimeSpan.FromDays(7);
}
