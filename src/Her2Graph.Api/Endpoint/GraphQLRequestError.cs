namespace Her2Graph.Api.Endpoint;

/// <summary>A request refused at the HTTP layer, before the GraphQL engine saw it; written as a GraphQL-shaped error.</summary>
/// <param name="Code">Machine-readable, in the error's <c>extensions.code</c>.</param>
internal sealed record GraphQLRequestError(int StatusCode, string Code, string Message)
{
    public static GraphQLRequestError MethodNotAllowed { get; } =
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "GraphQL requests use GET (queries) or POST.");

    public static GraphQLRequestError NotAcceptable { get; } = new(
        StatusCodes.Status406NotAcceptable,
        "NOT_ACCEPTABLE",
        $"Accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");

    public static GraphQLRequestError UnsupportedMediaType { get; } = new(
        StatusCodes.Status415UnsupportedMediaType,
        "UNSUPPORTED_MEDIA_TYPE",
        $"A POST body must be {GraphQLMediaTypes.Json} (UTF-8) holding {{\"query\", \"operationName\", \"variables\", \"extensions\"}}.");

    public static GraphQLRequestError TooLarge { get; } = new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"The request body is larger than {GraphQLRequestReader.MaxBodyBytes} bytes.");

    public static GraphQLRequestError MissingQuery { get; } =
        new(StatusCodes.Status400BadRequest, "MISSING_QUERY", "The request has no 'query'.");

    public static GraphQLRequestError InvalidJson(string what) =>
        new(StatusCodes.Status400BadRequest, "INVALID_JSON", $"{what} is not valid JSON of the expected shape.");

    public static GraphQLRequestError InvalidParameter(string name) =>
        new(StatusCodes.Status400BadRequest, "INVALID_REQUEST", $"The query string must hold '{name}' at most once.");
}
