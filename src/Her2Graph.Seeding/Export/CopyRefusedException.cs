namespace Her2Graph.Seeding.Export;

/// <summary>The target of a copy holds something else than (part of) this copy: nothing was written to it.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);
