namespace Her2Graph.Bench.Http.Scale;

/// <summary>What a synthetic seed holds: its factor and seed number, and how many nodes and relationship records it wrote.</summary>
internal sealed record SyntheticSeedSummary(int Factor, int Seed, long Nodes, long Relationships);
