namespace Her2Graph.Domain.Store;

/// <summary>A batch a store refused as a whole, with every problem found; nothing was written.</summary>
public sealed class GraphWriteException(IReadOnlyList<string> problems)
    : InvalidOperationException("the write was refused: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
