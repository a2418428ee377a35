using GraphQL.Transport;
using Her2Graph.Api.Endpoint;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>
/// Turns a request that names its document by hash into one that carries the text, before any limit or rule sees it,
/// so every check applies to persisted documents as to sent ones. Registers a new document sent with its hash, and
/// enforces <see cref="PersistedDocumentOptions.TrustedOnly"/>.
/// </summary>
internal sealed class PersistedQueries(PersistedDocumentOptions options, TrustedDocuments trusted, IPersistedDocumentStore registered)
{
    public async Task<(GraphQLRequest? Request, GraphQLRequestError? Error)> ResolveAsync(
        GraphQLRequest request, string mediaType, CancellationToken cancellationToken)
    {
        var persisted = PersistedQueryExtension.Read(request.Extensions);
        if (persisted is null)
        {
            var allowed = !options.TrustedOnly || trusted.Find(PersistedQueryExtension.HashOf(request.Query!)) is not null;
            return allowed ? (request, null) : (null, PersistedQueryErrors.NotTrusted(mediaType));
        }

        if (!persisted.Valid) return (null, PersistedQueryErrors.Malformed);
        var hash = persisted.Sha256Hash!;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            var text = trusted.Find(hash) ?? (options.TrustedOnly ? null : await registered.GetAsync(hash, cancellationToken));
            return text is null ? (null, PersistedQueryErrors.UnknownHash(mediaType)) : (WithQuery(request, text), null);
        }

        if (!string.Equals(PersistedQueryExtension.HashOf(request.Query), hash, StringComparison.Ordinal)) return (null, PersistedQueryErrors.Mismatch);
        if (trusted.Find(hash) is not null) return (request, null);
        if (options.TrustedOnly) return (null, PersistedQueryErrors.NotTrusted(mediaType));
        await registered.AddAsync(hash, request.Query, cancellationToken);
        return (request, null);
    }

    private static GraphQLRequest WithQuery(GraphQLRequest request, string text) => new()
    {
        Query = text,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };
}
