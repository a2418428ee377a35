using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The API with its store behind <see cref="OutageGraphStore"/> (below the cache), so a test can take the store down.</summary>
public sealed class OutageApiFactory : ApiFactory
{
    internal OutageGraphStore Store => (OutageGraphStore)GraphStoreDecoration.BelowCache(Services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.DecorateStoreBelowCache((_, store) => new OutageGraphStore(store)));
    }
}
