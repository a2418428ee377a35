namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// The ORDER BY and "beyond the cursor" clauses of a keyset listing, written once for every store: the order is
/// (key1, ..., keyN, id), each key in its direction, and rows that lack a key sort after those that have it in both
/// directions. The id is the row's unique key: <c>n.id</c> for a node listing, the relationship key for a relationship
/// listing. A predicate must agree with that order exactly, or pages skip or repeat rows; the contract suite
/// checks both stores against it.
/// </summary>
public static class KeysetClauses
{
    /// <summary>The tie-breaker of a node listing: the node's id.</summary>
    public const string NodeId = "n.id";

    /// <summary>ORDER BY text; <paramref name="reverse"/> walks the same order backwards (for <c>last</c>/<c>before</c>).</summary>
    public static string OrderBy(IReadOnlyList<KeysetSortKey> keys, bool reverse, string id = NodeId)
    {
        var terms = new List<string>();
        foreach (var key in keys)
        {
            // Missing values sort after present ones in both directions, so the null flag (false/0 before true/1)
            // ignores the key direction.
            if (key.Nullable) terms.Add($"({key.Expression} IS NULL) {(reverse ? "DESC" : "ASC")}");
            terms.Add($"{key.Expression} {((key.Direction == SortDirection.Descending) ^ reverse ? "DESC" : "ASC")}");
        }

        terms.Add($"{id} {(reverse ? "DESC" : "ASC")}");
        return string.Join(", ", terms);
    }

    /// <summary>True for nodes strictly after the cursor in the listing order (<see cref="IKeysetDialect.TrueLiteral"/> without a cursor).</summary>
    public static string After(IKeysetDialect dialect, KeysetCursor? cursor, IReadOnlyList<KeysetSortKey> keys, string id = NodeId) =>
        Beyond(dialect, cursor, keys, id, after: true);

    /// <summary>True for nodes strictly before the cursor in the listing order (<see cref="IKeysetDialect.TrueLiteral"/> without a cursor).</summary>
    public static string Before(IKeysetDialect dialect, KeysetCursor? cursor, IReadOnlyList<KeysetSortKey> keys, string id = NodeId) =>
        Beyond(dialect, cursor, keys, id, after: false);

    private static string Beyond(IKeysetDialect dialect, KeysetCursor? cursor, IReadOnlyList<KeysetSortKey> keys, string id, bool after)
    {
        if (cursor is null) return dialect.TrueLiteral;

        // Lexicographic comparison on (key1, ..., keyN, id), built from the last key outwards.
        var predicate = $"{id} {(after ? ">" : "<")} {dialect.Bind(cursor.Id)}";
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i];
            var value = KeysetCursorValues.Read(cursor, i, key.Nullable);
            var expression = key.Expression;
            string strictly, equal;
            if (value is null)
            {
                // The cursor node lacks the value: only other nodes without it tie; present values all come before.
                strictly = after ? dialect.FalseLiteral : $"{expression} IS NOT NULL";
                equal = $"{expression} IS NULL";
            }
            else
            {
                var parameter = dialect.Bind(value);
                var greater = (key.Direction == SortDirection.Ascending) == after;
                strictly = $"{expression} {(greater ? ">" : "<")} {parameter}";
                if (after && key.Nullable) strictly = $"({strictly} OR {expression} IS NULL)";
                equal = $"{expression} = {parameter}";
            }

            predicate = $"({strictly} OR ({equal} AND {predicate}))";
        }

        // A null comparison must read as false, also under the NOT the statement puts around this predicate.
        return dialect.NullAsFalse(predicate);
    }
}
