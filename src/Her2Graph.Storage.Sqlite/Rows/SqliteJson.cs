using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Sqlite.Rows;

/// <summary>The JSON forms of lists kept in one column: aliases, citations, and id lists bound to <c>json_each</c>.</summary>
internal static class SqliteJson
{
    public static string Strings(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    public static string Citations(IEnumerable<Citation> citations) => Strings(citations.Select(c => c.Value));

    public static IReadOnlyList<string> ReadStrings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static IReadOnlyList<Citation> ReadCitations(string json) => ReadStrings(json).Select(Citation.Parse).ToList();
}
