using System.Net;
using Her2Graph.Api.Limits;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>Headers that keep a browser from misreading or leaking answers, CORS off unless configured, no <c>Server</c> header.</summary>
public sealed class SecurityHeadersTests
{
    private const string Origin = "https://app.example.org";

    [Fact]
    public async Task GraphQLAnswer_CarriesNosniffReferrerPolicyAndALockedDownCsp()
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();

        using var response = await client.Http.PostAsync("/graphql", Json("{ __typename }"));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.ApiPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task IdePage_CarriesThePolicyThatLetsItRunFromThisOriginOnly()
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Equal(SecurityHeaders.IdePolicy, policy);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_ByDefault_GrantsNoOrigin()
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();

        using var preflight = await client.Http.SendAsync(Preflight());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{ __typename }") };
        request.Headers.Add("Origin", Origin);
        using var post = await client.Http.SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_WithAConfiguredOrigin_GrantsThatOriginOnly()
    {
        using var api = new ConfiguredApiFactory(("Her2Graph:Cors:Origins:0", Origin));
        using var client = api.CreateGraphQLClient();

        using var allowed = await client.Http.SendAsync(Preflight());
        using var other = await client.Http.SendAsync(Preflight("https://evil.example.com"));

        Assert.Equal(Origin, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        using var api = new ConfiguredApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await http.PostAsync("/graphql", Json("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static HttpRequestMessage Preflight(string origin = Origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static StringContent Json(string query) =>
        new($"{{\"query\":\"{query}\"}}", System.Text.Encoding.UTF8, "application/json");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
