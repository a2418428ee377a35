using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Search;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Search;

/// <summary>Ranked full-text search: exact name/alias matches first, then bm25 relevance, ties by name and id.</summary>
internal static class SqliteNodeSearcher
{
    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query.Text);
        if (terms.Words.Count == 0 || query.First <= 0) return [];

        var kinds = query.Kinds ?? [];
        await using var command = connection.CreateCommand(SqliteStatements.Search)
            .With("$match", Match(terms.Words))
            .With("$exact", terms.ExactKey)
            .With("$all_kinds", kinds.Count == 0 ? 1 : 0)
            .With("$kinds", SqliteJson.Strings(kinds.Select(k => k.ToString())))
            .With("$first", query.First);
        var hits = new List<SearchHit>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var node = SqliteRowReader.ReadNode(row, 0);
            hits.Add(new SearchHit(node, row.GetDouble(SqliteStatements.NodeColumnCount), terms.MatchedField(node)));
        }

        return hits;
    }

    /// <summary>The FTS5 match expression: every word must match, as a prefix.</summary>
    private static string Match(IReadOnlyList<string[]> words)
    {
        // A punctuated word matches either its squashed form ("ds8201"*) or its parts in sequence ("ds 8201"*).
        // Parts hold letters and digits only, so quoting them is safe.
        var clauses = words.Select(parts => parts.Length == 1
            ? $"\"{parts[0]}\"*"
            : $"(\"{string.Concat(parts)}\"* OR \"{string.Join(' ', parts)}\"*)");
        return string.Join(" AND ", clauses);
    }
}
