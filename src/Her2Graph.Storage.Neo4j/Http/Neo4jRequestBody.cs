using System.Text.Json.Nodes;
using Her2Graph.Storage.Neo4j.Json;

namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>The JSON body of a Query API request: the statement with typed parameters, and on a request that starts a transaction, its configuration.</summary>
internal static class Neo4jRequestBody
{
    public static JsonObject Statement(string statement, IReadOnlyDictionary<string, object?> parameters) =>
        new() { ["statement"] = statement, ["parameters"] = Neo4jTypedJsonWriter.Parameters(parameters) };

    /// <summary>
    /// A statement that starts a transaction, with the documented transaction configuration: <c>bookmarks</c> (the
    /// server waits until it has applied them) and <c>accessMode</c> (Write when absent: the cluster's writer).
    /// </summary>
    public static JsonObject Starting(string statement, IReadOnlyDictionary<string, object?> parameters, IReadOnlyList<string> bookmarks, bool read)
    {
        var body = Statement(statement, parameters);
        if (bookmarks.Count > 0) body["bookmarks"] = new JsonArray([.. bookmarks.Select(b => JsonValue.Create(b))]);
        if (read) body["accessMode"] = "Read";
        return body;
    }
}
