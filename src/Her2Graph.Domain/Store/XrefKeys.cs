namespace Her2Graph.Domain.Store;

/// <summary>The bound every store adapter applies to <see cref="IGraphStore.FindNodesByXrefsAsync"/>.</summary>
public static class XrefKeys
{
    public static void CheckBound(IReadOnlyCollection<string> keys)
    {
        if (keys.Count > IGraphStore.MaxXrefKeys)
        {
            throw new ArgumentOutOfRangeException(nameof(keys), keys.Count, $"at most {IGraphStore.MaxXrefKeys} cross-reference keys per call");
        }
    }
}
