using Her2Graph.Api.Endpoint;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>The refusals of the persisted-document flow; APQ clients read the code and resend the text on NOT_FOUND.</summary>
internal static class PersistedQueryErrors
{
    // As a validation error would be: 400 with the GraphQL-over-HTTP type, 200 with legacy JSON (which APQ clients expect).
    public static GraphQLRequestError UnknownHash(string mediaType) =>
        new(ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound: no document has this hash here; send it again with its 'query' to register it.", StatusOf(mediaType));

    public static GraphQLRequestError NotTrusted(string mediaType) => new(
        ErrorCodes.PersistedQueryNotAllowed,
        "This server runs known documents only: send the hash of a registered document; new documents cannot be registered.",
        StatusOf(mediaType));

    public static GraphQLRequestError Mismatch { get; } = new(
        ErrorCodes.PersistedQueryHashMismatch, "extensions.persistedQuery.sha256Hash is not the SHA-256 of 'query' (UTF-8, hex).");

    public static GraphQLRequestError Malformed { get; } = new(
        ErrorCodes.PersistedQueryInvalid, "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.");

    private static int StatusOf(string mediaType) =>
        mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
