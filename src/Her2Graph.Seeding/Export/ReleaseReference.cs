namespace Her2Graph.Seeding.Export;

/// <summary>A release named from another: the one before it.</summary>
public sealed record ReleaseReference(string Name, long GraphVersion);
