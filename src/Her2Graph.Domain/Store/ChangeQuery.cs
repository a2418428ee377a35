namespace Her2Graph.Domain.Store;

/// <summary>Changes after a graph version, oldest first.</summary>
/// <param name="AfterVersion">Only changes made by writes with a higher version.</param>
/// <param name="AfterSequence">With <paramref name="AfterVersion"/>, a position inside that version (for paging); 0 for its start.</param>
/// <param name="First">How many records at most.</param>
public sealed record ChangeQuery(long AfterVersion, int First, int AfterSequence = 0);
