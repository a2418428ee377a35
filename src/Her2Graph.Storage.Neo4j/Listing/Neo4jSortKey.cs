using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>One ORDER BY key: its Cypher expression, direction, and whether nodes may lack it.</summary>
internal sealed record Neo4jSortKey(string Expression, SortDirection Direction, bool Nullable);
