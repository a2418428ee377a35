using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

public sealed class RequestRefusalTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethod_Is405WithAllow(string method)
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };

        using var raw = await client.Http.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], raw.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_OtherContentType_Is415(string contentType)
    {
        using var client = api.CreateGraphQLClient();
        using var content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_NoContentType_Is415()
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray()),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "text/plain")]
    [InlineData("POST", "application/xml, text/html")]
    [InlineData("POST", "application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("GET", "text/plain")]
    public async Task AcceptExcludingJson_Is406(string method, string accept)
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql?query={__typename}");
        if (method == "POST")
        {
            request.Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        using var client = api.CreateGraphQLClient();
        var query = "{ __typename " + new string(' ', 2 * 1024 * 1024) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }
}
