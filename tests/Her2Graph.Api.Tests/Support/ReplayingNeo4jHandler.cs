using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// Stands in for a Neo4j server behind the API's HttpClient, answering in the Query API's documented typed JSON: a
/// store at version 3 holding one Gene, of the data model <see cref="RecordedModel"/>. While <see cref="Mode"/> says so it is down: a refused connection (what
/// SocketsHttpHandler throws for a closed port), a 503 with Neo4j's transient error, or a 401 for wrong credentials.
/// </summary>
public sealed class ReplayingNeo4jHandler : HttpMessageHandler
{
    public const string Version = "3";

    private const string MediaType = "application/vnd.neo4j.query";

    private const string VersionRow = """
        {"data": {"fields": ["graphId", "version"], "values": [[{"$type": "String", "_value": "replayed-graph"}, {"$type": "Integer", "_value": "3"}]]}, "bookmarks": []}
        """;

    private const string StatisticsRow = """
        {"data": {"fields": ["version", "nodes", "relationships"], "values": [[{"$type": "Integer", "_value": "3"},
          {"$type": "List", "_value": [{"$type": "List", "_value": [{"$type": "String", "_value": "Gene"}, {"$type": "Integer", "_value": "1"}]}]},
          {"$type": "List", "_value": []}]]}, "bookmarks": []}
        """;

    private const string NoRows = """{"data": {"fields": [], "values": []}, "bookmarks": []}""";

    private const string DatabaseUnavailable = """
        {"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "The database is not currently available to serve your request"}]}
        """;

    private const string Unauthorized = """
        {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}
        """;

    public enum State
    {
        Up,
        Refusing,
        Unavailable,
        RefusingCredentials,
    }

    private volatile State _mode = State.Up;

    public State Mode
    {
        get => _mode;
        set => _mode = value;
    }

    /// <summary>The data model the replayed graph records (null: none, as a graph written before models were recorded).</summary>
    public int? RecordedModel { get; set; } = Domain.Schema.DataModel.Current;

    /// <summary>The statements answered while up, in order.</summary>
    public ConcurrentQueue<string> Statements { get; } = new();

    /// <summary>The request bodies answered while up, in order (access mode and bookmarks included).</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>The bookmark every answer carries, as a cluster member's would; none when null.</summary>
    public string? Bookmark { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (Mode)
        {
            case State.Refusing:
                throw new HttpRequestException(
                    HttpRequestError.ConnectionError, $"Connection refused ({request.RequestUri!.Authority})", new SocketException((int)SocketError.ConnectionRefused));
            case State.Unavailable:
                return Answer(HttpStatusCode.ServiceUnavailable, DatabaseUnavailable);
            case State.RefusingCredentials:
                return Answer(HttpStatusCode.Unauthorized, Unauthorized);
        }

        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var statement = JsonDocument.Parse(body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() ?? "" : "";
        Statements.Enqueue(statement);
        Bodies.Enqueue(body);
        if (statement.Contains("RETURN meta.graphId AS graphId", StringComparison.Ordinal)) return Answer(HttpStatusCode.OK, Marked(VersionRow));
        if (statement.Contains("AS relationships", StringComparison.Ordinal)) return Answer(HttpStatusCode.OK, Marked(StatisticsRow));
        if (statement.Contains("RETURN recorded, holdsNodes", StringComparison.Ordinal)) return Answer(HttpStatusCode.OK, Marked(MetaRow(RecordedModel)));
        return Answer(HttpStatusCode.Accepted, Marked(NoRows));
    }

    // The meta statement's row: the model recorded before it ran, and that the graph holds nodes (its one Gene).
    private static string MetaRow(int? model) =>
        $$"""
        {"data": {"fields": ["recorded", "holdsNodes"], "values": [[{{(model is { } m ? $$"""{"$type": "Integer", "_value": "{{m}}"}""" : """{"$type": "Null", "_value": null}""")}}, {"$type": "Boolean", "_value": true}]]}, "bookmarks": []}
        """;

    private string Marked(string body) =>
        Bookmark is null ? body : body.Replace("\"bookmarks\": []", $"\"bookmarks\": [\"{Bookmark}\"]", StringComparison.Ordinal);

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, MediaType) };
}
