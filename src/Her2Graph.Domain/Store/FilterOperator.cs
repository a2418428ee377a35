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

    /// <summary>With the value <c>true</c>, holds when the field is missing; with <c>false</c>, when it is present.</summary>
    IsNull,
}
