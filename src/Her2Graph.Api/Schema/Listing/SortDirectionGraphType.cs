using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Sort direction.";
        Add(SortDirection.Ascending.ToWireName(), SortDirection.Ascending, "Smallest first.");
        Add(SortDirection.Descending.ToWireName(), SortDirection.Descending, "Largest first.");
    }
}
