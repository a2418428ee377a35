namespace Her2Graph.Domain.Store;

/// <summary>How many entities a write created, updated, left as they were, and deleted.</summary>
public sealed record WriteCounts(int Created, int Updated, int Unchanged, int Deleted)
{
    public static WriteCounts None { get; } = new(0, 0, 0, 0);

    public bool Changed => Created + Updated + Deleted > 0;
}
