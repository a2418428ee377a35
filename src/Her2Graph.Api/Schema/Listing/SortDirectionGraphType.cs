using GraphQL.Types;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Listing;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Sort direction.";
        Add("ASC", SortDirection.Ascending, "Smallest first.");
        Add("DESC", SortDirection.Descending, "Largest first.");
    }
}
