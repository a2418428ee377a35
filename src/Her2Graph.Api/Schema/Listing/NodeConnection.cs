using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

/// <summary>A page of a kind's root connection, as the GraphQL connection type reads it.</summary>
internal sealed record NodeConnection(NodePage Page)
{
    public PageInfo PageInfo => new(
        Page.HasNextPage, Page.HasPreviousPage, Page.Nodes.Count > 0 ? Page.Nodes[0].Cursor : null, Page.Nodes.Count > 0 ? Page.Nodes[^1].Cursor : null);
}
