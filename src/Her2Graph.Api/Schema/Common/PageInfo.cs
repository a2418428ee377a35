namespace Her2Graph.Api.Schema.Common;

/// <summary>Relay page information.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
