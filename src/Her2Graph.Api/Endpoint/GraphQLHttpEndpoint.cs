using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Api.Bounds;
using Her2Graph.Api.Ide;
using Her2Graph.Api.Limits;
using Her2Graph.Api.PersistedDocuments;
using Her2Graph.Api.ResponseCaching;
using Her2Graph.Api.Schema.GraphInfo;
using Her2Graph.Api.Telemetry;

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

        var mediaType = ResponseMediaTypeNegotiator.Negotiate(http, offerHtml: isGet && !http.Query.ContainsKey("query") && !http.Query.ContainsKey("extensions"));
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

        // From here on, the request is timed by operation label ("other" until its document is known to be trusted).
        using var telemetry = GraphQLRequestTelemetry.Start(context);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (request, error) = isGet
            ? GraphQLRequestReader.ReadQueryString(http, serializer)
            : await GraphQLRequestReader.ReadBodyAsync(http, serializer, context.RequestAborted);
        if (error is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, error);
            return;
        }

        (request, error) = await context.RequestServices.GetRequiredService<PersistedQueries>().ResolveAsync(request!, mediaType, context.RequestAborted);
        if (error is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, error);
            return;
        }

        var passed = context.RequestServices.GetRequiredService<PassedDocuments>();
        var document = passed.Find(request!.Query!, request.OperationName);
        if (document is null)
        {
            (document, var tooLarge) = QuerySize.Check(request.Query!);
            telemetry.Identify(request, document);
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

            // A document that does not parse stays null: the engine reports its syntax error, every time.
            if (document is not null) passed.Add(request.Query!, request.OperationName, document);
        }
        else
        {
            telemetry.Identify(request, document);
        }

        using var deadline = RequestDeadline.Start(context);
        var responses = context.RequestServices.GetRequiredService<ResponseCache>();
        ExecutionResult? result;
        using (telemetry.StartExecution())
        {
            result = await deadline.RunAsync(() => responses.AnswerAsync(
                context, request, document, () => ExecuteAsync(context, request, document, queriesOnly: isGet, deadline.Token), deadline.Token));
        }

        if (result is null)
        {
            await BoundedResponseWriter.WriteTimedOutAsync(context, mediaType, deadline);
            return;
        }

        var statusCode = ResponseBounds.Apply(context, request.Extensions, result, GraphQLStatusCodes.For(result, mediaType));
        await GraphExtension.AddAsync(context, result, deadline.Token);

        // After the status: the tidied errors are plain ones, which no longer say whether the document was refused.
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

        await BoundedResponseWriter.WriteAsync(context, statusCode, mediaType, result, bytes => responses.Keep(context, result, statusCode, bytes));
    }

    private static Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLRequest request, GraphQLDocument? document, bool queriesOnly, CancellationToken cancellationToken)
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

            // The request's deadline (Her2Graph:GraphQL:Timeout) or the client leaving: stops the store's statements too.
            CancellationToken = cancellationToken,
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
