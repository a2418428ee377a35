namespace Her2Graph.Api.Limits;

/// <summary>
/// How the limits and the cost rules read a <c>where</c> value without its type: a dictionary of comparison operators
/// is one condition on one field; a dictionary of some/none/count/where is a link filter (a subquery per row); any
/// other dictionary is a nested filter (and/or/not, a traversal's relationship: and node:, a link's some:).
/// </summary>
internal static class FilterShape
{
    private static readonly HashSet<string> Operators = ["eq", "in", "contains", "startsWith", "gt", "gte", "lt", "lte", "isNull"];
    private static readonly HashSet<string> LinkParts = ["some", "none", "count", "where"];

    public static bool IsCondition(IDictionary<string, object?> value) => value.Count > 0 && value.Keys.All(Operators.Contains);

    public static bool IsLink(IDictionary<string, object?> value) => value.Count > 0 && value.Keys.All(LinkParts.Contains);

    /// <summary>The conditions and the link filters of a where value, at any depth.</summary>
    public static (int Conditions, int Links) Count(IDictionary<string, object?> filter)
    {
        var (conditions, links) = (0, 0);
        foreach (var value in filter.Values)
        {
            switch (value)
            {
                case IDictionary<string, object?> inner when IsCondition(inner):
                    conditions++;
                    break;
                case IDictionary<string, object?> inner:
                    if (IsLink(inner)) links++;
                    var (c, l) = Count(inner);
                    (conditions, links) = (conditions + c, links + l);
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list.OfType<IDictionary<string, object?>>())
                    {
                        var (ic, il) = Count(item);
                        (conditions, links) = (conditions + ic, links + il);
                    }

                    break;
            }
        }

        return (conditions, links);
    }
}
