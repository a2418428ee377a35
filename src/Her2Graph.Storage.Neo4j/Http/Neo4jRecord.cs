namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>One result row, its values decoded from typed JSON and reachable by field name.</summary>
internal sealed class Neo4jRecord(IReadOnlyDictionary<string, int> fields, IReadOnlyList<object?> values)
{
    public object? this[string field] => values[fields[field]];
}
