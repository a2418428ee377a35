using System.Net.Http.Json;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Sends GraphQL requests the way a front end does and reads the answer; for HTTP edge cases use its <see cref="Http"/>.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>POSTs <c>{query, variables, operationName}</c> as <c>application/json</c>.</summary>
    public async Task<GraphQLResponse> PostAsync(
        string query, object? variables = null, string? operationName = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    /// <summary>GETs <c>/graphql?query=…&amp;variables=…</c>.</summary>
    public async Task<GraphQLResponse> GetAsync(string query, string? variablesJson = null, string accept = "application/graphql-response+json")
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}"
            + (variablesJson is null ? "" : $"&variables={Uri.EscapeDataString(variablesJson)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    /// <summary>Sends any request and reads the answer as a GraphQL response.</summary>
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public void Dispose() => Http.Dispose();
}
