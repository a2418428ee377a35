using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The seeded API with the test keys configured and a fixed clock, so audit stamps and the change log are
/// predictable. Tests that write use one per test class or per test: they never see another's writes.
/// </summary>
public class CuratorApiFactory : ApiFactory
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public GraphQLClient CreateCuratorClient() => CreateGraphQLClient().WithKey(TestApiKeys.Curator);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TestApiKeys.Configure(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }
}
