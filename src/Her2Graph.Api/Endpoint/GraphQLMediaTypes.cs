namespace Her2Graph.Api.Endpoint;

/// <summary>The media types the GraphQL endpoint reads and writes.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type: its status codes tell request errors from field errors.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy response type (and the only request body type we read).</summary>
    public const string Json = "application/json";

    /// <summary>What a browser asks for: answered with the Banana Cake Pop IDE.</summary>
    public const string Html = "text/html";
}
