namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// What <see cref="KeysetClauses"/> needs from a store's query language. Only what SQL and Cypher spell differently is
/// here; <c>IS NULL</c>, <c>IS NOT NULL</c>, <c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>AND</c>, <c>OR</c>, <c>ASC</c> and
/// <c>DESC</c> are the same in both, so the builder writes them itself.
/// </summary>
public interface IKeysetDialect
{
    /// <summary>The literal that is always true (SQLite: <c>1</c>, Cypher: <c>true</c>).</summary>
    string TrueLiteral { get; }

    /// <summary>The literal that is always false (SQLite: <c>0</c>, Cypher: <c>false</c>).</summary>
    string FalseLiteral { get; }

    /// <summary>Adds <paramref name="value"/> to the statement's parameters and returns the text that refers to it.</summary>
    string Bind(object value);

    /// <summary><paramref name="predicate"/> with a null result (a comparison with a missing value) read as false.</summary>
    string NullAsFalse(string predicate);
}
