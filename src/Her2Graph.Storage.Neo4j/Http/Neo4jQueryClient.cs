using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Bookmarks;

namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>
/// The Query API over HTTP: <c>POST /db/{db}/query/v2</c> for a statement in its own transaction, and the
/// <c>/query/v2/tx</c> endpoints for an explicit one. Requests and responses use typed JSON, so integers and floats
/// keep their Cypher type. Basic auth goes on each request, not on the (possibly shared) HttpClient. Ready for a
/// cluster: reads (<see cref="Reads"/>) go with <c>accessMode: Read</c> and the latest writes' bookmarks, so any
/// member may answer them once it has applied those writes; writes go with write access (the leader) and their
/// commits' bookmarks are kept in the <see cref="IBookmarkStore"/>.
/// </summary>
internal sealed class Neo4jQueryClient : INeo4jRunner
{
    public const string MediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Uri _root;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue _authorization;

    public Neo4jQueryClient(HttpClient http, Neo4jGraphStoreOptions options, IBookmarkStore? bookmarks = null)
    {
        _http = http;
        Bookmarks = bookmarks ?? new InProcessBookmarkStore();
        Reads = new Neo4jReadRunner(this);
        var root = options.BaseUri.AbsoluteUri.EndsWith('/') ? options.BaseUri : new Uri(options.BaseUri.AbsoluteUri + "/");
        _root = root;
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>Where the bookmarks of the latest writes are kept (shared by API replicas through Redis).</summary>
    public IBookmarkStore Bookmarks { get; }

    /// <summary>Runs statements that only read: <c>accessMode: Read</c> with the latest writes' bookmarks.</summary>
    public INeo4jRunner Reads { get; }

    /// <summary>
    /// A statement that may write (schema, meta node), in its own transaction with write access; its bookmarks are
    /// kept like a commit's.
    /// </summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var used = await Bookmarks.GetAsync(cancellationToken) ?? [];
        var result = (await SendAsync(HttpMethod.Post, _queryUri, Neo4jRequestBody.Starting(statement, parameters, used, read: false), affinity: null, cancellationToken)).Result;
        await KeepAsync(used, result);
        return result;
    }

    /// <summary>
    /// A read statement in its own transaction. With the bookmarks known, any member may answer once it has applied
    /// them; with them unknown (the shared store is down) it goes with write access to the leader, which has every
    /// committed write, so it still sees the latest one.
    /// </summary>
    public async Task<Neo4jResult> ReadAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var known = await Bookmarks.GetAsync(cancellationToken);
        var body = Neo4jRequestBody.Starting(statement, parameters, known ?? [], read: known is not null);
        return (await SendAsync(HttpMethod.Post, _queryUri, body, affinity: null, cancellationToken)).Result;
    }

    /// <summary>Opens an explicit (write) transaction with its first statement, in one round trip, after the latest writes' bookmarks.</summary>
    public async Task<(Neo4jTransaction Transaction, Neo4jResult Result)> BeginAsync(
        string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var used = await Bookmarks.GetAsync(cancellationToken) ?? [];
        var (result, affinity) = await SendAsync(HttpMethod.Post, TransactionUri(null), Neo4jRequestBody.Starting(statement, parameters, used, read: false), affinity: null, cancellationToken);
        var id = result.TransactionId ?? throw new Neo4jQueryException("Her2Graph.NoTransaction", "the server opened no transaction");
        return (new Neo4jTransaction(this, id, affinity, used), result);
    }

    /// <summary>
    /// Keeps a committed transaction's bookmarks in place of those it started with. Not the caller's token: the write
    /// has happened, so a caller that gives up now must not leave the next reader without its bookmark.
    /// </summary>
    internal Task KeepAsync(IReadOnlyList<string> used, Neo4jResult committed) =>
        committed.Bookmarks.Count == 0 ? Task.CompletedTask : Bookmarks.UpdateAsync(used, committed.Bookmarks, CancellationToken.None);

    internal Uri TransactionUri(string? id, string? suffix = null) =>
        new($"{_queryUri.AbsoluteUri}/tx{(id is null ? string.Empty : "/" + Uri.EscapeDataString(id))}{suffix}");

    internal async Task<(Neo4jResult Result, string? Affinity)> SendAsync(
        HttpMethod method, Uri uri, JsonObject? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);

        // A POST always names its content type, as the documented examples do; a commit without a final statement
        // sends an empty body, which the API accepts ("the body may be entirely empty"). A DELETE carries nothing.
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(body?.ToJsonString() ?? string.Empty, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        using var response = await SendOrThrowUnavailableAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var returned = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;

        // 5xx first: a server that is starting, overloaded or failing over may still send an errors array; either way
        // the request can succeed later, which is what the caller needs to know.
        if ((int)response.StatusCode >= 500)
            throw new GraphStoreUnavailableException($"Neo4j at {_root} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        var json = Parse(text);
        if (json is { } parsed) Neo4jErrors.ThrowIfAny(parsed);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw new Neo4jQueryException("Neo.ClientError.Security.Unauthorized", "Neo4j refused the user name or password");
        if (response.StatusCode == HttpStatusCode.Forbidden)
            throw new Neo4jQueryException("Neo.ClientError.Security.Forbidden", "Neo4j refused this user access to the database");
        if (!response.IsSuccessStatusCode)
            throw new Neo4jQueryException($"HTTP.{(int)response.StatusCode}", $"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri}");

        return (json is { } ok ? Neo4jResult.Parse(ok) : new Neo4jResult([], null, []), returned ?? affinity);
    }

    // Transport failures (refused, reset, DNS, TLS) and the client's own timeout mean "not now", not "never". A
    // cancellation the caller asked for stays a cancellation.
    private async Task<HttpResponseMessage> SendOrThrowUnavailableAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new GraphStoreUnavailableException($"Neo4j at {_root} cannot be reached: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphStoreUnavailableException($"Neo4j at {_root} did not answer within {_http.Timeout.TotalSeconds:0.#} s", e);
        }
    }

    private static JsonElement? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
