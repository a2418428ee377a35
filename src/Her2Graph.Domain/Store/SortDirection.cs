using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>Sort direction.</summary>
public enum SortDirection
{
    [WireName("ASC")]
    Ascending,

    [WireName("DESC")]
    Descending,
}
