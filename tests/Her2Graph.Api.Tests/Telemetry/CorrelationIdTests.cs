using System.Net;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>The correlation id: taken from the caller when plausible, made otherwise, echoed, in errors and in log scopes.</summary>
public sealed class CorrelationIdTests(CorrelationIdTests.LoggedApiFactory api) : IClassFixture<CorrelationIdTests.LoggedApiFactory>
{
    private const string Header = "X-Correlation-Id";

    [Fact]
    public async Task CorrelationId_SentByCaller_EchoedAndInEveryError()
    {
        using var client = api.CreateGraphQLClient();
        using var request = Post("{ noSuchField alsoMissing }");
        request.Headers.Add(Header, "ticket-42.a_b:c");

        var (response, body) = await SendAsync(client, request);

        Assert.Equal("ticket-42.a_b:c", Assert.Single(response.Headers.GetValues(Header)));
        Assert.Equal(2, body.ErrorCodes.Count);
        Assert.All(CorrelationIdsOf(body), id => Assert.Equal("ticket-42.a_b:c", id));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("new\nline")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task CorrelationId_Implausible_ReplacedByATraceId(string sent)
    {
        using var client = api.CreateGraphQLClient();
        using var request = Post("{ noSuchField }");
        request.Headers.TryAddWithoutValidation(Header, sent);

        var (response, body) = await SendAsync(client, request);

        var made = Assert.Single(response.Headers.GetValues(Header));
        Assert.Matches("^[0-9a-f]{32}$", made);
        Assert.Equal([made], CorrelationIdsOf(body));
    }

    [Fact]
    public async Task CorrelationId_RequestRefusedBeforeTheEngine_InItsError()
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql");

        var (response, body) = await SendAsync(client, request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal([Assert.Single(response.Headers.GetValues(Header))], CorrelationIdsOf(body));
    }

    [Fact]
    public async Task CorrelationId_TwoRequestsWithoutOne_GetDifferentIds()
    {
        using var client = api.CreateGraphQLClient();
        using var first = Post("{ __typename }");
        using var second = Post("{ __typename }");

        var (a, _) = await SendAsync(client, first);
        var (b, _) = await SendAsync(client, second);

        Assert.NotEqual(a.Headers.GetValues(Header).Single(), b.Headers.GetValues(Header).Single());
    }

    [Fact]
    public async Task CorrelationId_LogsOfTheRequest_CarryItInTheirScope()
    {
        using var client = api.CreateGraphQLClient();
        var id = "log-scope-" + Guid.NewGuid().ToString("N");
        using var request = Post("{ __typename }");
        request.Headers.Add(Header, id);

        await SendAsync(client, request);

        // The endpoint middleware logs "Executing endpoint" inside the pipeline, so inside the request's scope.
        Assert.Contains(api.Logs.Entries, entry => entry.Category.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal)
            && Equals(entry.Scope.GetValueOrDefault("CorrelationId"), id));
    }

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = System.Net.Http.Json.JsonContent.Create(new { query }),
    };

    private static async Task<(HttpResponseMessage Response, GraphQLResponse Body)> SendAsync(GraphQLClient client, HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        var response = await client.Http.SendAsync(request);
        return (response, await GraphQLResponse.ReadAsync(response));
    }

    private static List<string?> CorrelationIdsOf(GraphQLResponse body) =>
        [.. body.Json.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("correlationId").GetString())];

    /// <summary>The seeded API (telemetry off: the correlation id needs none of it) with its logs and their scopes kept.</summary>
    public sealed class LoggedApiFactory : ApiFactory
    {
        public ScopeRecorder Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // appsettings.json keeps Microsoft.AspNetCore at Warning; the test reads one of its Information lines.
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        }
    }
}
