namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Query API response bodies written by hand after Neo4j's documentation (Query API: "Run transactions", "Result
/// formats", typed JSON): 202 with data.fields/values, integers and floats as strings, errors in an "errors" array.
/// </summary>
internal static class QueryApiResponses
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    public const string TransactionId = "lyU";

    /// <summary>A statement that returned no rows (e.g. a write without RETURN) inside the open transaction.</summary>
    public const string Empty = """
        {"data": {"fields": [], "values": []}, "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
         "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
        """;

    /// <summary>The answer to a transaction's first statement (the graph lock) in an empty store: version 0.</summary>
    public const string BeginWithVersionZero = """
        {"data": {"fields": ["version"], "values": [[{"$type": "Integer", "_value": "0"}]]},
         "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
        """;

    /// <summary>The one row the meta statement returns: the data model recorded before it ran (null: none) and whether the graph holds nodes.</summary>
    public static string MetaRow(int? recorded, bool holdsNodes) =>
        $$"""
        {"data": {"fields": ["recorded", "holdsNodes"], "values": [[{{(recorded is { } model ? $$"""{"$type": "Integer", "_value": "{{model}}"}""" : """{"$type": "Null", "_value": null}""")}}, {"$type": "Boolean", "_value": {{(holdsNodes ? "true" : "false")}}}]]},
         "bookmarks": []}
        """;

    /// <summary>The error the documentation shows for a statement sent to an expired transaction, with status 202.</summary>
    public const string TransactionNotFound = """
        {"errors": [{"code": "Neo.ClientError.Request.Invalid",
          "message": "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;

    /// <summary>The bookmark every statement of <see cref="Empty"/> carries (the documentation's example bookmark).</summary>
    public const string EmptyBookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ";

    /// <summary>The answer to a commit (no final statement): no rows, and the bookmark of the committed changes.</summary>
    public static string Committed(string bookmark) => $$"""{"data": {"fields": [], "values": []}, "bookmarks": ["{{bookmark}}"]}""";

    public const string SyntaxError = """
        {"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRUN'"}]}
        """;

    public const string Unauthorized = """
        {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}
        """;

    /// <summary>One node as the NodesByIds statement returns it: a Map with typed values, the version an Integer string.</summary>
    public const string OneNode = """
        {"data": {"fields": ["node"], "values": [[{"$type": "Map", "_value": {
          "id": {"$type": "String", "_value": "ERBB2"},
          "kind": {"$type": "String", "_value": "Gene"},
          "name": {"$type": "String", "_value": "ERBB2"},
          "aliases": {"$type": "List", "_value": [{"$type": "String", "_value": "HER2"}, {"$type": "String", "_value": "NEU"}]},
          "properties": {"$type": "String", "_value": "{\"exon\":20,\"orrPercent\":49.0}"},
          "citations": {"$type": "List", "_value": [{"$type": "String", "_value": "HGNC:3430"}]},
          "status": {"$type": "String", "_value": "VERIFIED"},
          "statusNote": {"$type": "Null", "_value": null},
          "createdAt": {"$type": "String", "_value": "2026-01-01T00:00:00.0000000+00:00"},
          "updatedAt": {"$type": "String", "_value": "2026-01-01T00:10:00.0000000+00:00"},
          "createdBy": {"$type": "String", "_value": "seed"},
          "updatedBy": {"$type": "String", "_value": "curator-key"},
          "version": {"$type": "Integer", "_value": "9007199254740993"}}}]]},
         "bookmarks": []}
        """;
}
