namespace Her2Graph.Api.Storage;

/// <summary>The graph stores the API can run on.</summary>
internal enum GraphStoreProvider
{
    Sqlite,
    Neo4j,
}
