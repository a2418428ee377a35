using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Ide;

namespace Her2Graph.Api.Endpoint;

/// <summary>Maps GraphQL over HTTP, the Banana Cake Pop IDE and the SDL.</summary>
internal static class GraphQLEndpointRouteBuilderExtensions
{
    public const string Path = "/graphql";

    /// <summary>
    /// <c>/graphql</c> (every method: GET and POST run GraphQL, the others get 405; a browser gets the IDE),
    /// <c>/graphql/schema.graphql</c> (the printed schema) and the IDE's files under <c>/graphql/</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var endpoint = new GraphQLHttpEndpoint(endpoints.MapBananaCakePop(Path));
        endpoints.Map(Path, endpoint.HandleAsync);
        endpoints.MapGet($"{Path}/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        return endpoints;
    }
}
