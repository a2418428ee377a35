using Her2Graph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The seeded API with its store behind a <see cref="RecordingGraphStore"/>.</summary>
public sealed class RecordingApiFactory : ApiFactory
{
    public RecordingGraphStore Store => (RecordingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Above the read cache: the calls recorded are the ones the loaders make (one per level), whatever the cache holds.
        builder.ConfigureTestServices(services => services.DecorateGraphStore((_, store) => new RecordingGraphStore(store)));
    }
}
