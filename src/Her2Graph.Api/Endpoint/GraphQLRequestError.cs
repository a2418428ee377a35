using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Endpoint;

/// <summary>A request refused at the HTTP layer, before the GraphQL engine saw it; written as a GraphQL-shaped error.</summary>
/// <param name="Error">Its code (in the error's <c>extensions.code</c>) and HTTP status.</param>
/// <param name="Status">Another status than the catalogue's, where it depends on the media type (legacy JSON gets 200).</param>
internal sealed record GraphQLRequestError(ErrorCode Error, string Message, int? Status = null)
{
    // Every code raised here has a status in the catalogue; 400 only stands in should one be added without.
    public int StatusCode => Status ?? Error.HttpStatus ?? StatusCodes.Status400BadRequest;

    public string Code => Error.Code;

    public static GraphQLRequestError MethodNotAllowed { get; } =
        new(ErrorCodes.MethodNotAllowed, "GraphQL requests use GET (queries) or POST.");

    public static GraphQLRequestError NotAcceptable { get; } = new(
        ErrorCodes.NotAcceptable,
        $"Accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");

    public static GraphQLRequestError UnsupportedMediaType { get; } = new(
        ErrorCodes.UnsupportedMediaType,
        $"A POST body must be {GraphQLMediaTypes.Json} (UTF-8) holding {{\"query\", \"operationName\", \"variables\", \"extensions\"}}.");

    public static GraphQLRequestError TooLarge { get; } = new(
        ErrorCodes.RequestTooLarge,
        $"The request body is larger than {GraphQLRequestReader.MaxBodyBytes} bytes.");

    public static GraphQLRequestError MissingQuery { get; } =
        new(ErrorCodes.MissingQuery, "The request has no 'query'.");

    public static GraphQLRequestError InvalidJson(string what) =>
        new(ErrorCodes.InvalidJson, $"{what} is not valid JSON of the expected shape.");

    public static GraphQLRequestError InvalidParameter(string name) =>
        new(ErrorCodes.InvalidRequest, $"The query string must hold '{name}' at most once.");
}
