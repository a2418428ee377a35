using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Schema.Evidence;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>The filter arguments every traversal field shares: verification status and minimum percentages.</summary>
internal static class TraversalArguments
{
    private const string Status = "status";

    public static QueryArgument StatusArgument() => new QueryArgument<ListGraphType<NonNullGraphType<VerificationStatusGraphType>>>
    {
        Name = Status,
        Description = "Only relationships with one of these verification statuses.",
    };

    public static IReadOnlyCollection<VerificationStatus>? StatusOf(IResolveFieldContext context) =>
        context.GetArgument<List<VerificationStatus>?>(Status);

    /// <summary><c>minOrrPercent</c> for <c>orrPercent</c>: relationships without the figure are left out.</summary>
    public static QueryArgument MinimumArgument(PropertyDefinition property) => new QueryArgument<FloatGraphType>
    {
        Name = MinimumName(property.Name),
        Description = $"Only relationships whose {property.Name} is at least this (those without the figure are left out). {property.Description}",
    };

    public static Dictionary<string, double> MinimumsOf(IResolveFieldContext context, IEnumerable<PropertyDefinition> properties) =>
        properties.Select(p => (p.Name, Value: context.GetArgument<double?>(MinimumName(p.Name))))
            .Where(m => m.Value is not null)
            .ToDictionary(m => m.Name, m => m.Value!.Value);

    private static string MinimumName(string propertyName) => "min" + char.ToUpperInvariant(propertyName[0]) + propertyName[1..];
}
