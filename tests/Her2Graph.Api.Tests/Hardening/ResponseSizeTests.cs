using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>An answer larger than Her2Graph:GraphQL:MaxResponseBytes is refused, not sent.</summary>
public sealed class ResponseSizeTests : IDisposable
{
    private const int Limit = 4_000;
    private readonly BoundsApiFactory _api = new(("Her2Graph:GraphQL:MaxResponseBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Answer_LargerThanTheLimit_IsRefusedAsResponseTooLarge()
    {
        using var client = _api.CreateGraphQLClient();

        var response = await client.PostAsync("{ drugs(first: 100) { edges { node { key name aliases citations { value url } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["RESPONSE_TOO_LARGE"], response.ErrorCodes);
        Assert.True(response.Body.Length < Limit, $"the refusal is {response.Body.Length} bytes");
    }

    [Fact]
    public async Task Answer_UnderTheLimit_IsSent()
    {
        using var client = _api.CreateGraphQLClient();

        var response = await client.PostAsync("{ drugs(first: 2) { edges { node { key } } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
        Assert.Equal(2, response.Data.GetProperty("drugs").GetProperty("edges").GetArrayLength());
    }

    public void Dispose() => _api.Dispose();
}
