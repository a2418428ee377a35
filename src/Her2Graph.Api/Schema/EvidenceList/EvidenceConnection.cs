using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>A page of the evidence list, as the connection type reads it.</summary>
internal sealed record EvidenceConnection(RelationshipPage Page)
{
    public PageInfo PageInfo => new(
        Page.HasNextPage, Page.HasPreviousPage, Page.Rows.Count > 0 ? Page.Rows[0].Cursor : null, Page.Rows.Count > 0 ? Page.Rows[^1].Cursor : null);
}
