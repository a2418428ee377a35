using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The API keys the tests configure: a curator's, and a key without the curator role.</summary>
public static class TestApiKeys
{
    public const string CuratorId = "curator-test";
    public const string Curator = "test-curator-key-5b1f0c";
    public const string ReaderId = "reader-test";
    public const string Reader = "test-reader-key-9e27aa";

    /// <summary>Configures both keys as operators would: ids, SHA-256 hashes and roles under Her2Graph:ApiKeys.</summary>
    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Her2Graph:ApiKeys:0:Id", CuratorId);
        builder.UseSetting("Her2Graph:ApiKeys:0:Sha256", Sha256Hex(Curator));
        builder.UseSetting("Her2Graph:ApiKeys:0:Roles:0", "curator");
        builder.UseSetting("Her2Graph:ApiKeys:1:Id", ReaderId);
        builder.UseSetting("Her2Graph:ApiKeys:1:Sha256", Sha256Hex(Reader));
        builder.UseSetting("Her2Graph:ApiKeys:1:Roles:0", "reader");
    }

    /// <summary>What <c>printf %s "$KEY" | sha256sum</c> prints.</summary>
    public static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static GraphQLClient WithKey(this GraphQLClient client, string key)
    {
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
