using System.Net;
using System.Text;

namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Stands in for a Neo4j server: records every request (method, URI, headers, body) and answers each with the next
/// queued response, or with <see cref="QueryApiResponses.Empty"/> when none is queued. No mocking library: the
/// Query API is plain HTTP, so a handler is all it takes. <see cref="Refuse"/> and <see cref="Hang"/> play a server
/// that is down: what SocketsHttpHandler throws for a refused connection, and one that never answers. The meta
/// statement every open ends with is answered with <see cref="Meta"/> (the graph's recorded data model and whether it
/// holds nodes), never from the queue, so that tests queue only what they are about.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body, string? Affinity)> _responses = new();
    private bool _refuse;
    private bool _hang;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The answer to <see cref="Neo4jStatements.EnsureMeta"/>: by default an empty graph of no recorded model.</summary>
    public string Meta { get; set; } = QueryApiResponses.MetaRow(recorded: null, holdsNodes: false);

    /// <summary>The answer to every commit when set (a commit's bookmarks are what later reads wait for); else the queue's.</summary>
    public string? CommitAnswer { get; set; }

    public FakeNeo4jHandler Respond(string body, string? affinity = null, HttpStatusCode status = HttpStatusCode.Accepted)
    {
        _responses.Enqueue((status, body, affinity));
        return this;
    }

    /// <summary>Every later request fails as a connection to a closed port does.</summary>
    public FakeNeo4jHandler Refuse()
    {
        _refuse = true;
        return this;
    }

    /// <summary>Every later request waits until it is cancelled (by the caller or the client's timeout).</summary>
    public FakeNeo4jHandler Hang()
    {
        _hang = true;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_refuse)
        {
            throw new HttpRequestException(
                HttpRequestError.ConnectionError, $"Connection refused ({request.RequestUri!.Authority})",
                new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
        }

        if (_hang) await Task.Delay(Timeout.Infinite, cancellationToken);

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) ? affinity.Single() : null,
            body));

        var (status, text, returnedAffinity) = Requests[^1].Statement == Neo4jStatements.EnsureMeta ? (HttpStatusCode.Accepted, Meta, null)
            : CommitAnswer is not null && request.RequestUri!.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal) ? (HttpStatusCode.Accepted, CommitAnswer, null)
            : _responses.Count > 0 ? _responses.Dequeue()
            : (HttpStatusCode.Accepted, QueryApiResponses.Empty, null);
        var response = new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/vnd.neo4j.query") };
        if (returnedAffinity is not null) response.Headers.Add("neo4j-cluster-affinity", returnedAffinity);
        return response;
    }
}
