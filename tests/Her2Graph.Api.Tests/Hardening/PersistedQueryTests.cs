using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>Documents sent by hash (Apollo's automatic persisted queries), and a server restricted to known documents.</summary>
public sealed class PersistedQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("her2graph-documents-").FullName;

    [Fact]
    public async Task UnknownHash_Alone_IsPersistedQueryNotFound()
    {
        using var api = new BoundsApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await PostAsync(client, query: null, Hash("{ graph { version } } # never sent"));

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task HashWithQuery_RegistersIt_ThenTheHashAloneRunsItByPostAndGet()
    {
        using var api = new BoundsApiFactory();
        using var client = api.CreateGraphQLClient();
        const string query = "{ drug(name: \"Enhertu\") { key } }";

        var registered = await PostAsync(client, query, Hash(query));
        var byPost = await PostAsync(client, query: null, Hash(query));
        var byGet = await client.SendAsync(Get(Hash(query)));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("trastuzumab deruxtecan", byPost.Data.GetProperty("drug").GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);
        Assert.Equal(registered.Data.GetRawText(), byGet.Data.GetRawText());
    }

    [Fact]
    public async Task HashNotOfTheQuery_IsRefused()
    {
        using var api = new BoundsApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await PostAsync(client, "{ graph { version } }", Hash("{ something else }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], response.ErrorCodes);
    }

    [Fact]
    public async Task PersistedDocument_OverTheCostLimit_IsRefusedLikeASentOne()
    {
        using var api = new BoundsApiFactory();
        using var client = api.CreateGraphQLClient();
        const string query = "{ a: paths(from: \"EGFR\", to: \"zongertinib\", maxHops: 6) { length } b: paths(from: \"ERBB2\", to: \"zongertinib\", maxHops: 6) { length } }";
        await PostAsync(client, query, Hash(query));

        var response = await PostAsync(client, query: null, Hash(query));

        Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task TrustedOnly_ExampleAndFolderDocuments_RunByHash()
    {
        const string registered = "query RegisteredVersion { graph { version } }\n";
        File.WriteAllText(Path.Combine(_folder, "registered.graphql"), registered);
        var example = File.ReadAllText(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples/14-graph-info.graphql"));
        using var api = TrustedOnly();
        using var client = api.CreateGraphQLClient();

        var byExampleHash = await PostAsync(client, query: null, Hash(example));
        var byFolderHash = await PostAsync(client, query: null, Hash(registered));
        var byKnownText = await client.PostAsync(registered);

        Assert.Empty(byExampleHash.ErrorCodes);
        Assert.Equal(JsonValueKind.Object, byExampleHash.Data.ValueKind);
        Assert.Empty(byFolderHash.ErrorCodes);
        Assert.Empty(byKnownText.ErrorCodes);
    }

    [Fact]
    public async Task TrustedOnly_NewDocument_IsRefusedByTextAndByRegistration()
    {
        using var api = TrustedOnly();
        using var client = api.CreateGraphQLClient();
        const string query = "{ graph { version } }";

        var byText = await client.PostAsync(query);
        var byRegistration = await PostAsync(client, query, Hash(query));
        var byHashAfter = await PostAsync(client, query: null, Hash(query));

        Assert.Equal(["PERSISTED_QUERY_NOT_ALLOWED"], byText.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_ALLOWED"], byRegistration.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], byHashAfter.ErrorCodes);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BoundsApiFactory TrustedOnly() =>
        new(("Her2Graph:PersistedDocuments:TrustedOnly", "true"), ("Her2Graph:PersistedDocuments:Folder", _folder));

    private static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static Task<GraphQLResponse> PostAsync(GraphQLClient client, string? query, string hash)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, extensions = Extensions(hash) }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return client.SendAsync(request);
    }

    private static HttpRequestMessage Get(string hash)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash))));
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return request;
    }
}
