namespace Her2Graph.Bench.Http.Queries;

/// <summary>A node as the peer and the cold requests need it.</summary>
internal sealed record FactNode(string Key, string Name, IReadOnlyList<string> Aliases);
