namespace Her2Graph.Seeding.Export;

/// <summary>The graph was written to during every attempt to read it whole, so no consistent snapshot could be taken.</summary>
public sealed class GraphChangedDuringReadException(string message) : Exception(message);
