using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Search;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Search;

/// <summary>
/// Ranked search: exact name/alias/id matches first, then field weights, ties by name and id. Matching is CONTAINS
/// on token texts the writer keeps on each node (<see cref="Neo4jSearchFields"/>) rather than a Lucene full-text
/// index (<c>db.index.fulltext.queryNodes</c>): Lucene's analyzers split "T-DXd" and "DS-8201" their own way and
/// score by their own formula, while this contract (prefixes, punctuation, exact matches first) must rank the same
/// in both adapters, and the token texts make that a plain string test.
/// </summary>
// REVIEW: the CONTAINS tests sit inside all()/any() over the words, which the planner does not serve from the TEXT
// index, so a search reads every GraphNode: a few ms for this graph's thousands of nodes. If it grows a hundredfold,
// a full-text index fed the same token texts (whitespace analyzer) keeps the semantics and restores the index.
internal static class Neo4jNodeSearcher
{
    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(INeo4jRunner runner, SearchQuery query, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query.Text);
        if (terms.Words.Count == 0 || query.First <= 0) return [];

        var kinds = query.Kinds ?? [];
        var result = await runner.RunAsync(Neo4jStatements.Search, new Dictionary<string, object?>
        {
            ["words"] = Needles(terms.Words),
            ["exact"] = terms.ExactKey,
            ["allKinds"] = kinds.Count == 0,
            ["kinds"] = kinds.Select(k => k.ToString()).ToList(),
            ["first"] = query.First,
        }, cancellationToken);
        return result.Records.Select(record =>
        {
            var node = Neo4jEntityMaps.ReadNode(record["node"]);
            return new SearchHit(node, record["score"] is double score ? score : Neo4jValues.Whole(record["score"]), terms.MatchedField(node));
        }).ToList();
    }

    /// <summary>
    /// Per word, the texts that match it as a token prefix: a punctuated word matches its squashed form " ds8201" or
    /// its parts in sequence " ds 8201", as FTS5 phrase prefixes do in the SQLite adapter.
    /// </summary>
    private static List<IReadOnlyList<string>> Needles(IReadOnlyList<string[]> words) =>
        words.Select(parts => (IReadOnlyList<string>)(parts.Length == 1
                ? [" " + parts[0]]
                : [" " + string.Concat(parts), " " + string.Join(' ', parts)]))
            .ToList();
}
