namespace Her2Graph.Seeding.Input;

/// <summary>
/// A value with where it was written, so that an error can point at it: <c>graph-seed/nodes/drugs.yaml:12</c> for a
/// seed file, <c>input.nodes[3].id</c> for a mutation.
/// </summary>
public sealed record Located<T>(T Value, string Location);
