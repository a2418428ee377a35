using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Api.Ide;
using Her2Graph.Api.Limits;

namespace Her2Graph.Api.Endpoint;

/// <summary>
/// GraphQL over HTTP at one URL: GET (queries only) and POST (<c>application/json</c>), answered as
/// <c>application/graphql-response+json</c> or <c>application/json</c>; a browser's GET gets the IDE.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(BananaCakePopIde ide)
{
    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        if (!isGet && !HttpMethods.IsPost(http.Method))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, GraphQLMediaTypes.GraphQLResponseJson, GraphQLRequestError.MethodNotAllowed);
            return;
        }

        var mediaType = ResponseMediaTypeNegotiator.Negotiate(http, offerHtml: isGet && !http.Query.ContainsKey("query"));
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, GraphQLMediaTypes.GraphQLResponseJson, GraphQLRequestError.NotAcceptable);
            return;
        }

        if (mediaType == GraphQLMediaTypes.Html)
        {
            await ide.Page(context).ExecuteAsync(context);
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (request, error) = isGet
            ? GraphQLRequestReader.ReadQueryString(http, serializer)
            : await GraphQLRequestReader.ReadBodyAsync(http, serializer, context.RequestAborted);
        if (error is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, error);
            return;
        }

        var (document, tooLarge) = QuerySize.Check(request!.Query!);
        if (tooLarge is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, tooLarge);
            return;
        }

        if (EdgeChecks.Refuse(context, request, document) is { } refused)
        {
            await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, mediaType, refused);
            return;
        }

        var result = await ExecuteAsync(context, request, document, queriesOnly: isGet);
        var statusCode = GraphQLStatusCodes.For(result, mediaType);
        EdgeChecks.Tidy(context, result);
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }
        else if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        else if (statusCode == StatusCodes.Status500InternalServerError)
        {
            LogNotExecuted(context.RequestServices.GetRequiredService<ILogger<GraphQLHttpEndpoint>>(), result.Errors?.FirstOrDefault()?.InnerException);
        }

        await GraphQLResponseWriter.WriteAsync(context, statusCode, mediaType, result);
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, bool queriesOnly)
    {
        var services = context.RequestServices;
        var options = new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,

            // Reads of this graph take milliseconds; anything near this is a runaway, not a slow answer.
            Timeout = TimeSpan.FromSeconds(30),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        };
        if (queriesOnly)
        {
            // Both lists: a document the engine has cached skips the full validation, not this rule.
            options.ValidationRules = [.. DocumentValidator.CoreRules, QueriesOnlyValidationRule.Instance];
            options.CachedDocumentValidationRules = [QueriesOnlyValidationRule.Instance];
        }

        return services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL request failed before execution")]
    private static partial void LogNotExecuted(ILogger logger, Exception? exception);
}
