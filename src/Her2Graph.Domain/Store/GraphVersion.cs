namespace Her2Graph.Domain.Store;

/// <summary>Which graph a store holds and how far it has been written: together they name one state of one graph.</summary>
/// <param name="GraphId">
/// Random, created once with the store's schema and kept from then on: a recreated store (a new file, an emptied
/// database), another adapter or another store sharing a cache has another id, while its version may well repeat.
/// </param>
/// <param name="Number">The graph version (<see cref="GraphStatistics.Version"/>): bumped by every write that changes something.</param>
public sealed record GraphVersion(string GraphId, long Number);
