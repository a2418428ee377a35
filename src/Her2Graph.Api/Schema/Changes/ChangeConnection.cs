using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Changes;

/// <summary>A page of the change log, oldest first.</summary>
internal sealed record ChangeConnection(IReadOnlyList<ChangeRecord> Changes, bool HasNextPage, bool HasPreviousPage)
{
    public PageInfo PageInfo => new(
        HasNextPage,
        HasPreviousPage,
        Changes.Count > 0 ? ChangeCursor.Encode(Changes[0]) : null,
        Changes.Count > 0 ? ChangeCursor.Encode(Changes[^1]) : null);
}
