using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Her2Graph.Api.Tests.Auth;

/// <summary>Keys are configured as hashes; a bad entry, or the documented development key outside Development, stops the start.</summary>
public sealed class ApiKeyConfigurationTests
{
    private const string DevelopmentKey = "her2graph-dev-curator-key";

    [Fact]
    public async Task DevelopmentKey_InDevelopment_IsACuratorKey()
    {
        using var api = new EnvironmentApiFactory(Environments.Development);
        using var client = api.CreateGraphQLClient().WithKey(DevelopmentKey);

        var response = await client.PostAsync("""mutation { upsertDrug(input: {key: "devinib", name: "Devinib", status: UNVERIFIED}) { drug { createdBy } } }""");

        Assert.Equal("dev", response.Data.GetProperty("upsertDrug").GetProperty("drug").GetProperty("createdBy").GetString());
    }

    [Fact]
    public void DevelopmentKey_OutsideDevelopment_StopsTheStart()
    {
        using var api = new EnvironmentApiFactory(Environments.Production, ("Her2Graph:ApiKeys:0:Id", "dev"), ("Her2Graph:ApiKeys:0:Sha256", TestApiKeys.Sha256Hex(DevelopmentKey)));

        var printed = api.RefusedStart();

        Assert.Contains("development key", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("curator", "not-hex")]
    [InlineData("curator", "abc123")]
    [InlineData("", "3766500e890b4f25e8b6e9feb7855245d2af580087c2eefec3df3894285bbdcc")]
    public void MalformedEntry_StopsTheStart(string id, string sha256)
    {
        using var api = new EnvironmentApiFactory(Environments.Production, ("Her2Graph:ApiKeys:0:Id", id), ("Her2Graph:ApiKeys:0:Sha256", sha256), ("Her2Graph:ApiKeys:0:Roles:0", "curator"));

        var printed = api.RefusedStart();

        Assert.Contains("Her2Graph:ApiKeys", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentSettings_HoldOnlyTheDocumentedKeyHash()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("src/Her2Graph.Api/appsettings.Development.json")));
        var keys = settings.RootElement.GetProperty("Her2Graph").GetProperty("ApiKeys");

        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal(TestApiKeys.Sha256Hex(DevelopmentKey), key.GetProperty("Sha256").GetString());
        Assert.False(File.ReadAllText(RepositoryFiles.PathOf("src/Her2Graph.Api/appsettings.json")).Contains("ApiKeys", StringComparison.Ordinal));
    }

    private sealed class EnvironmentApiFactory(string environment, params (string Key, string Value)[] settings) : StartupApiFactory(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }
}
