namespace Her2Graph.Domain.Store;

/// <summary>What a write did to one entity.</summary>
public enum ChangeOperation
{
    Created,
    Updated,
    Deleted,
}
