namespace Her2Graph.Domain.Store;

/// <summary>The comparisons a <see cref="NodeFilter.Compare"/> can make.</summary>
public enum FilterOperator
{
    Equal,
    In,
    Contains,
    StartsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
