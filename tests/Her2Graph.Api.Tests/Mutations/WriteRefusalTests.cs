using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>A batch the store refuses as a whole becomes a coded GraphQL error, without internals.</summary>
public sealed class WriteRefusalTests(WriteRefusalTests.RefusingApiFactory api) : IClassFixture<WriteRefusalTests.RefusingApiFactory>
{
    [Fact]
    public async Task Upsert_RefusedByTheStore_IsWriteRefused()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("refusinib", "Refusinib") });

        Assert.Equal([("WRITE_REFUSED", "input")], InputErrors.Of(response));
        Assert.Equal(RefusingGraphStore.Problem, response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["upsertDrug"], InputErrors.Paths(response));
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }

    public sealed class RefusingApiFactory : CuratorApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.DecorateGraphStore((_, store) => new RefusingGraphStore(store)));
        }
    }
}
