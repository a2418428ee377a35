namespace Her2Graph.Api.Schema.Paging;

/// <summary>Relay page information.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
