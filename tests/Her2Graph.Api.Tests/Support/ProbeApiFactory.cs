using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The API with <see cref="ProbeSchema"/> in place of its own schema.</summary>
public sealed class ProbeApiFactory : ApiFactory
{
    internal ProbeSchema Schema { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TestApiKeys.Configure(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISchema>(Schema));
    }
}
