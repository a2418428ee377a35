using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

public sealed class HealthTests(OutageApiFactory api) : IClassFixture<OutageApiFactory>
{
    [Fact]
    public async Task Live_ProcessUp_Is200Healthy()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await ReadAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_StoreUp_Is200WithEachCheck()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        var cache = body.GetProperty("checks").GetProperty("cache");
        Assert.Equal("in-memory", cache.GetProperty("data").GetProperty("cache").GetString());
    }

    [Fact]
    public async Task Ready_StoreDown_Is503WithoutDetails()
    {
        using var client = api.CreateClient();
        api.Store.IsDown = true;
        try
        {
            using var response = await client.GetAsync("/health/ready");
            var text = await response.Content.ReadAsStringAsync();
            var body = JsonDocument.Parse(text).RootElement;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
            Assert.DoesNotContain(OutageGraphStore.SecretDetail, text, StringComparison.Ordinal);

            using var live = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            api.Store.IsDown = false;
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
