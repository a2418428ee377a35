using System.Collections.Concurrent;
using Her2Graph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The seeded API with its store behind a <see cref="RecordingGraphStore"/>.</summary>
public sealed class RecordingApiFactory : ApiFactory
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>The calls of every scope (request), in order; a scope's recorder writes to this one log.</summary>
    public RecordingGraphStore Store => new(Services.GetRequiredService<IGraphStore>(), _calls);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Above the read cache: the calls recorded are the ones the loaders make (one per level), whatever the cache holds.
        builder.ConfigureTestServices(services => services.DecorateGraphStore((_, store) => new RecordingGraphStore(store, _calls)));
    }
}
