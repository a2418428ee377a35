using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Her2Graph.Api.PersistedDocuments;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Her2Graph.Api.Endpoint;

/// <summary>Reads a GraphQL request from a GET query string or a POST <c>application/json</c> body.</summary>
/// <remarks><c>application/graphql</c> bodies are refused with 415: the GraphQL-over-HTTP spec requires only JSON.</remarks>
internal static class GraphQLRequestReader
{
    /// <summary>Far above any hand-written query; bounds what a client can make us buffer.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static (GraphQLRequest? Request, GraphQLRequestError? Error) ReadQueryString(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var query = http.Query;
        foreach (var name in (string[])["query", "operationName", "variables", "extensions"])
        {
            if (query[name].Count > 1)
            {
                return (null, GraphQLRequestError.InvalidParameter(name));
            }
        }

        if (!TryDeserialize(serializer, query["variables"], out var variables))
        {
            return (null, GraphQLRequestError.InvalidJson("'variables'"));
        }

        if (!TryDeserialize(serializer, query["extensions"], out var extensions))
        {
            return (null, GraphQLRequestError.InvalidJson("'extensions'"));
        }

        var request = new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = NullIfEmpty(query["operationName"].ToString()),
            Variables = variables,
            Extensions = extensions,
        };
        return IsMissingQuery(request) ? (null, GraphQLRequestError.MissingQuery) : (request, null);
    }

    public static async Task<(GraphQLRequest? Request, GraphQLRequestError? Error)> ReadBodyAsync(
        HttpRequest http, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(http.ContentType))
        {
            return (null, GraphQLRequestError.UnsupportedMediaType);
        }

        if (http.ContentLength > MaxBodyBytes)
        {
            return (null, GraphQLRequestError.TooLarge);
        }

        var sizeLimit = http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        var body = await BufferAsync(http.Body, cancellationToken);
        if (body is null)
        {
            return (null, GraphQLRequestError.TooLarge);
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            // GraphQL.SystemTextJson reads objects into dictionaries: a duplicate key throws ArgumentException.
            return (null, GraphQLRequestError.InvalidJson("The request body"));
        }

        if (request is null)
        {
            return (null, GraphQLRequestError.InvalidJson("The request body"));
        }

        return IsMissingQuery(request) ? (null, GraphQLRequestError.MissingQuery) : (request, null);
    }

    // A persisted document is named by its hash: its text may be absent.
    private static bool IsMissingQuery(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) && !PersistedQueryExtension.IsPresent(request.Extensions);

    private static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    // Null when the body exceeds the limit (chunked bodies carry no Content-Length to check up front).
    private static async Task<MemoryStream?> BufferAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool TryDeserialize(IGraphQLTextSerializer serializer, string? json, out Inputs? inputs)
    {
        inputs = null;
        if (string.IsNullOrEmpty(json))
        {
            return true;
        }

        try
        {
            inputs = serializer.Deserialize<Inputs>(json);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return false;
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
