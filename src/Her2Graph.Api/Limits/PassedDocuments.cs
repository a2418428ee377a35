using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Her2Graph.Api.Limits;

/// <summary>
/// Documents that passed the endpoint's pre-pass (parsed, within <see cref="Endpoint.QuerySize"/>, and through
/// <see cref="EdgeChecks.Refuse"/> for the operation named), by their text and operation name: a repeat skips parsing
/// and walking them again. Both checks depend on the text, the operation name and the configured limits alone, which
/// do not change while the process runs. Bounded as <see cref="ValidatedDocumentCache"/>: when full, new documents
/// are simply not kept. Refused documents are never kept: they are answered from scratch every time.
/// </summary>
internal sealed class PassedDocuments
{
    private readonly ConcurrentDictionary<(string Query, string? OperationName), GraphQLDocument> _documents = new();
    private long _characters;

    public GraphQLDocument? Find(string query, string? operationName) =>
        _documents.TryGetValue((query, operationName), out var document) ? document : null;

    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        if (Interlocked.Add(ref _characters, query.Length) <= ValidatedDocumentCache.MaxCachedCharacters) _documents.TryAdd((query, operationName), document);
    }
}
