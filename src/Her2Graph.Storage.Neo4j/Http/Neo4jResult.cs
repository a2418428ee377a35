using System.Text.Json;
using Her2Graph.Storage.Neo4j.Json;

namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>
/// A statement's result: its rows, the transaction id when it ran in (or opened) an explicit transaction, and the
/// bookmarks the response carried (a commit's stand for its changes: later reads wait for them on a cluster).
/// </summary>
internal sealed record Neo4jResult(IReadOnlyList<Neo4jRecord> Records, string? TransactionId, IReadOnlyList<string> Bookmarks)
{
    /// <summary>Reads a Query API response body; throws <see cref="Neo4jQueryException"/> when it reports errors.</summary>
    public static Neo4jResult Parse(JsonElement body)
    {
        Neo4jErrors.ThrowIfAny(body);
        var records = new List<Neo4jRecord>();
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            var fields = data.GetProperty("fields").EnumerateArray()
                .Select((field, i) => (Name: field.GetString() ?? string.Empty, Index: i))
                .ToDictionary(f => f.Name, f => f.Index, StringComparer.Ordinal);
            foreach (var row in data.GetProperty("values").EnumerateArray())
                records.Add(new Neo4jRecord(fields, row.EnumerateArray().Select(Neo4jTypedJsonReader.Read).ToList()));
        }

        var transactionId = body.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
        var bookmarks = body.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()!).ToList()
            : [];
        return new Neo4jResult(records, transactionId, bookmarks);
    }
}
