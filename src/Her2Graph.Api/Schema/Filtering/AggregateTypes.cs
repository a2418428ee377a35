using GraphQL;
using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Filtering;

/// <summary>
/// The aggregates of a connection as the aggregate and facet types read them: one scope's entries (in the evidence
/// list, with <paramref name="EndKind"/>, the entries of the end node of that kind).
/// </summary>
internal sealed record ScopedAggregates(Aggregates? Aggregates, FilterScope Scope, NodeKind? EndKind = null)
{
    public FieldRef Field(string name) => new(Scope, name, EndKind);
}

/// <summary>Which fields of a scope can be summarised (numbers) and counted by value (text, choices, status).</summary>
internal static class AggregateFields
{
    public static IReadOnlyList<PropertyDefinition> Numbers(IEnumerable<PropertyDefinition> properties) =>
        properties.Where(p => p.Type is PropertyType.WholeNumber or PropertyType.Number or PropertyType.Percent).ToList();

    public static IReadOnlyList<PropertyDefinition> Facets(IEnumerable<PropertyDefinition> properties) =>
        properties.Where(p => p.Type is PropertyType.Choice or PropertyType.ChoiceList or PropertyType.Text).ToList();

    /// <summary>
    /// The store request for what the client selected: numbers under <c>aggregate</c>, values under <c>facets</c>
    /// (a scope path is null for a node connection, <c>relationship</c> or <c>node</c> for a traversal's).
    /// </summary>
    public static AggregateRequest? Requested(IResolveFieldContext context, IReadOnlyList<(FilterScope Scope, string? Path)> scopes)
    {
        var numbers = new List<FieldRef>();
        var facets = new List<FieldRef>();
        foreach (var (scope, path) in scopes)
        {
            numbers.AddRange(SelectionLookAhead.Names(context, Path("aggregate", path)).Where(n => n != "__typename").Select(n => new FieldRef(scope, n)));
            facets.AddRange(SelectionLookAhead.Names(context, Path("facets", path)).Where(n => n != "__typename").Select(n => new FieldRef(scope, n)));
        }

        if (numbers.Count + facets.Count > AggregateRequest.MaxFields)
            throw Errors.BadArgument($"at most {AggregateRequest.MaxFields} aggregate and facet fields per connection");
        return numbers.Count + facets.Count == 0 ? null : new AggregateRequest(numbers, facets);
    }

    private static string[] Path(string root, string? scope) => scope is null ? [root] : [root, scope];
}

internal sealed class NumberSummaryGraphType : ObjectGraphType<NumberSummary>
{
    public NumberSummaryGraphType()
    {
        Name = "NumberSummary";
        Description = "A figure over every row of a connection (all pages, after its filter), computed in the store; rows without the figure are left out.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("Rows that have the figure.").Resolve(c => (int)c.Source.Count);
        Field<FloatGraphType>("min").Description("The lowest value.").Resolve(c => c.Source.Min);
        Field<FloatGraphType>("max").Description("The highest value.").Resolve(c => c.Source.Max);
        Field<FloatGraphType>("avg").Description("The mean.").Resolve(c => c.Source.Average);
        Field<FloatGraphType>("median").Description("The median, continuous: the mean of the two middle values of an even count.").Resolve(c => c.Source.Median);
        Field<FloatGraphType>("sum").Description("The sum.").Resolve(c => c.Source.Sum);
    }
}

internal sealed class FacetValueGraphType : ObjectGraphType<FacetCount>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "One value of a field and how many rows have it; a list field counts each of its values.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value (an enum's wire name).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Rows with the value.").Resolve(c => (int)c.Source.Count);
    }
}

/// <summary>The numeric figures of one scope ({Kind}Aggregate, {Types}RelationshipAggregate): a summary per figure.</summary>
internal sealed class ScopeAggregateGraphType : ObjectGraphType<ScopedAggregates>
{
    public ScopeAggregateGraphType(string name, string described, IReadOnlyList<PropertyDefinition> numbers)
    {
        Name = name;
        Description = $"Summaries of the figures of {described} over the whole connection.";
        foreach (var property in numbers)
        {
            Field(property.Name, Ref("NumberSummary")).Description(property.Description)
                .Resolve(c => c.Source.Aggregates?.NumberOf(c.Source.Field(property.Name)));
        }
    }
}

/// <summary>The value counts of one scope's text and choice fields ({Kind}Facets…).</summary>
internal sealed class ScopeFacetsGraphType : ObjectGraphType<ScopedAggregates>
{
    public ScopeFacetsGraphType(string name, string described, IEnumerable<(string Field, string Description)> fields)
    {
        Name = name;
        Description = $"Counts per value of the fields of {described} over the whole connection, most rows first.";
        foreach (var (field, description) in fields)
        {
            Field(field, NonNullListOf(Ref("FacetValue"))).Description(description)
                .Resolve(c => c.Source.Aggregates?.FacetOf(c.Source.Field(field))?.Counts ?? []);
        }
    }
}

/// <summary>A traversal's aggregates or facets: the relationship's and the node's.</summary>
internal sealed class EdgeScopesGraphType : ObjectGraphType<Aggregates?>
{
    public EdgeScopesGraphType(string name, string description, string? relationship, string? node)
    {
        Name = name;
        Description = description;
        if (relationship is not null)
            Field("relationship", NonNullRef(relationship)).Description("Of the relationships walked.").Resolve(c => new ScopedAggregates(c.Source, FilterScope.Relationship));
        if (node is not null)
            Field("node", NonNullRef(node)).Description("Of the nodes reached (once per edge).").Resolve(c => new ScopedAggregates(c.Source, FilterScope.Node));
    }
}
