using Her2Graph.Api.Export;
using Her2Graph.Api.Storage;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Export;

/// <summary>The seeded API with an export cache folder and a releases folder of its own, deleted with it.</summary>
public sealed class ExportApiFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "her2graph-export-api", Guid.NewGuid().ToString("N"));

    public string ReleasesFolder => Path.Combine(_folder, "releases");

    public string CacheFolder => Path.Combine(_folder, "cache");

    /// <summary>How many exports the API built.</summary>
    internal int Builds => Services.GetRequiredService<ExportBuilds>().Count;

    /// <summary>The store below the read cache, for writes and releases made beside the API.</summary>
    internal IGraphStore Store => Services.GetRequiredService<GatedGraphStore>();

    /// <summary>Writes a new gene: the graph version moves on.</summary>
    public async Task<WriteResult> WriteGeneAsync(string id)
    {
        var node = new GraphNode(id, NodeKind.Gene, id, [], PropertyBag.Empty, new Provenance([], VerificationStatus.Unverified));
        return await Store.WriteAsync(GraphWrite.Upsert([node], [], new WriteContext("alice", DateTimeOffset.UnixEpoch)), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Her2Graph:Export:CacheFolder", CacheFolder);
        builder.UseSetting("Her2Graph:Releases:Folder", ReleasesFolder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
