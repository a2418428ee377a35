using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Schema.Evidence;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>The filter arguments traversal fields share: verification status, minimum percentages, equality on the node reached.</summary>
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

    /// <summary><c>minOrrPercent</c> for <c>orrPercent</c>: edges without the figure are left out.</summary>
    public static QueryArgument MinimumArgument(PropertyDefinition property, string owner) => new QueryArgument<FloatGraphType>
    {
        Name = MinimumName(property.Name),
        Description = $"Only edges whose {owner}'s {property.Name} is at least this (those without the figure are left out). {property.Description}",
    };

    public static Dictionary<string, double> MinimumsOf(IResolveFieldContext context, IEnumerable<PropertyDefinition> properties) =>
        properties.Select(p => (p.Name, Value: context.GetArgument<double?>(MinimumName(p.Name))))
            .Where(m => m.Value is not null)
            .ToDictionary(m => m.Name, m => m.Value!.Value);

    /// <summary>An equality argument on a text or choice property of the node reached, typed as the property is.</summary>
    public static QueryArgument EqualsArgument(PropertyDefinition property, NodeKind target) =>
        new(property.Type == PropertyType.Choice ? TypeRefs.Ref(property.Choices!.Name) : new StringGraphType())
        {
            Name = property.Name,
            Description = $"Only {target}s whose {property.Name} equals this{(property.Type == PropertyType.Text ? " (ignoring case)" : string.Empty)}. {property.Description}",
        };

    public static Dictionary<string, string> EqualsOf(IResolveFieldContext context, IEnumerable<PropertyDefinition> properties) =>
        properties.Select(p => (p.Name, Value: context.GetArgument<string?>(p.Name)))
            .Where(a => a.Value is not null)
            .ToDictionary(a => a.Name, a => a.Value!);

    private static string MinimumName(string propertyName) => "min" + char.ToUpperInvariant(propertyName[0]) + propertyName[1..];
}
