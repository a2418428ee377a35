using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Her2Graph.Api.Limits;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Cost;

/// <summary>
/// Where the engine's field-count estimate misjudges the work, measured with <c>scripts/calibrate-cost.py</c>: a path
/// search runs a recursive statement whose cost does not show in the fields it returns, a full-text search is a store
/// query of its own (and so is each name of resolve), and introspection resolves in memory from the schema (no store
/// call), so its fields are cheap. Everything else keeps the engine's estimate (1 per field, times <c>first</c> or 4
/// for each list above it).
/// </summary>
internal static class CostModel
{
    /// <summary>
    /// The work of one path search, beside the fields of the paths it returns: the walks it explores grow about fivefold
    /// with each hop allowed (measured: maxHops 4 takes ~8 ms, 5 ~0.1 s, 6 up to ~0.8 s between hubs), so 5^maxHops.
    /// </summary>
    public static double PathSearch(int maxHops) => Math.Pow(5, Math.Clamp(maxHops, 1, 6));

    /// <summary>The work of one full-text search.</summary>
    public const double TextSearch = 500;

    /// <summary>
    /// The work of one name of <c>resolve(names:)</c>: its share of the key read and the outside-id read, and one search
    /// of a few hits. Measured: 100 names (names and aliases, cold read cache) answer in 0.06 to 0.1 s, so 100 names with
    /// their matches cost about 6,000 of the 25,000 a query may spend; the entries' fields count once per name.
    /// </summary>
    public const double NameLookup = 50;

    /// <summary>
    /// An introspection field's share of a store-backed field's cost. The engine's estimate of a full introspection grows
    /// with the schema (graphql-js 16's query with every option: 22,458 at 0.05 before the filter, order and aggregate
    /// types of every traversal, 37,707 after), while the work stays an in-memory walk of the schema; at 0.02 it is about 15,000.
    /// </summary>
    public const double IntrospectionShare = 0.02;

    /// <summary>
    /// One condition of a <c>where</c>: a comparison the store makes on each row it considers. A link filter
    /// (approvals: { some: … }, count) and a counted sort key are a subquery per row, so they cost as much as a field
    /// that loads a connection of its own.
    /// </summary>
    public const double FilterCondition = 2;

    /// <summary>A link filter or a counted sort key: a correlated subquery per row.</summary>
    public const double LinkSubquery = 20;

    /// <summary>
    /// One figure summarised (count/min/max/avg/median/sum: a GROUP BY over the whole filtered set, all pages, and the
    /// median sorts it) or one facet: as much as reading a page of rows, whatever sub-fields are picked.
    /// </summary>
    public const double Aggregate = 20;

    public static Func<FieldImpactContext, FieldComplexityResult> Around(Func<FieldImpactContext, FieldComplexityResult> engine) => field =>
    {
        var estimate = engine(field);
        if (field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return new FieldComplexityResult(estimate.FieldImpact * IntrospectionShare, estimate.ChildImpactMultiplier);
        if (IsAggregate(field)) return new FieldComplexityResult(estimate.FieldImpact + Aggregate, estimate.ChildImpactMultiplier);
        var conditions = ConditionsOf(field);
        if (conditions > 0) estimate = new FieldComplexityResult(estimate.FieldImpact + conditions, estimate.ChildImpactMultiplier);
        if (field.ParentType.Name != "Query") return estimate;
        return field.FieldDefinition.Name switch
        {
            "paths" => new FieldComplexityResult(estimate.FieldImpact + PathSearch(MaxHopsOf(field)), estimate.ChildImpactMultiplier),
            "search" => new FieldComplexityResult(estimate.FieldImpact + TextSearch, estimate.ChildImpactMultiplier),
            "resolve" when NamesOf(field) is var names => new FieldComplexityResult(estimate.FieldImpact + NameLookup * names, names),
            _ => estimate,
        };
    };

    // A summary (NumberSummary) or a facet (a list of FacetValue) is computed in the store over every row of its connection.
    private static bool IsAggregate(FieldImpactContext field) =>
        Unwrapped(field.FieldDefinition.ResolvedType) is { Name: "NumberSummary" or "FacetValue" };

    private static IGraphType? Unwrapped(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrapped(nonNull.ResolvedType),
        ListGraphType list => Unwrapped(list.ResolvedType),
        _ => type,
    };

    // The where and order of a connection, priced by what the store does with them per row.
    private static double ConditionsOf(FieldImpactContext field)
    {
        if (field.Arguments is null) return 0;
        double cost = 0;
        if (field.Arguments.TryGetValue("where", out var where) && where.Value is IDictionary<string, object?> filter)
        {
            var (conditions, links) = FilterShape.Count(filter);
            cost += (conditions * FilterCondition) + (links * LinkSubquery);
        }

        if (field.Arguments.TryGetValue("order", out var order) && order.Value is IEnumerable<object?> keys)
        {
            cost += keys.OfType<IDictionary<string, object?>>()
                .Sum(key => key.Values.OfType<string>().Any(name => name.EndsWith("Count", StringComparison.Ordinal)) ? LinkSubquery : FilterCondition);
        }

        return cost;
    }

    // One entry per name, so the entries' fields count once per name too.
    private static int NamesOf(FieldImpactContext field) =>
        field.Arguments is not null && field.Arguments.TryGetValue("names", out var names) && names.Value is IEnumerable<object?> list ? list.Count() : 1;

    // The engine's GetArgument throws on an explicit null; a value that is not a number is priced as the longest search.
    private static int MaxHopsOf(FieldImpactContext field) =>
        field.Arguments is null || !field.Arguments.TryGetValue("maxHops", out var hops) ? 4
        : hops.Value is int value ? value : PathQuery.MaxHopsLimit;
}
