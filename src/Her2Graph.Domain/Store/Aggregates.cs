using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A field a summary, a facet or a sort key is over: of the node, or in a traversal of the relationship walked, or in
/// a relationship listing of the relationship, of an end node, or (with <paramref name="EndKind"/> and scope
/// <see cref="FilterScope.Node"/>) of whichever end node is of that kind, the start when both are.
/// </summary>
public sealed record FieldRef(FilterScope Scope, string Field, NodeKind? EndKind = null)
{
    /// <summary>The field of the end node of <paramref name="kind"/> in a relationship listing.</summary>
    public static FieldRef AtEnd(NodeKind kind, string field) => new(FilterScope.Node, field, kind);

    public override string ToString() => (Scope, EndKind) switch
    {
        (_, { } kind) => $"{kind}.{Field}",
        (FilterScope.Relationship, _) => "r." + Field,
        (FilterScope.From, _) => "from." + Field,
        (FilterScope.To, _) => "to." + Field,
        _ => Field,
    };
}

/// <summary>
/// What to compute over a filtered set in the store: a <see cref="NumberSummary"/> per numeric field and a
/// <see cref="Facet"/> per text or choice field.
/// </summary>
public sealed record AggregateRequest(IReadOnlyList<FieldRef> Numbers, IReadOnlyList<FieldRef> Facets)
{
    /// <summary>The most fields one request summarises or counts values of.</summary>
    public const int MaxFields = 32;

    public bool IsEmpty => Numbers.Count == 0 && Facets.Count == 0;
}

/// <summary>The answer to an <see cref="AggregateRequest"/>, one entry per field asked, in the order asked.</summary>
public sealed record Aggregates(IReadOnlyList<NumberSummary> Numbers, IReadOnlyList<Facet> Facets)
{
    /// <summary>Nothing asked: what a connection reads when only <c>__typename</c> was selected below its aggregate.</summary>
    public static Aggregates None { get; } = new([], []);

    public NumberSummary? NumberOf(FieldRef field) => Numbers.FirstOrDefault(n => n.Field == field);

    public Facet? FacetOf(FieldRef field) => Facets.FirstOrDefault(f => f.Field == field);
}

/// <summary>
/// A numeric field over a set: how many rows have a number there, and their min, max, mean, median (continuous:
/// the mean of the two middle values of an even count) and sum; all null when no row has one.
/// </summary>
public sealed record NumberSummary(FieldRef Field, long Count, double? Min, double? Max, double? Average, double? Median, double? Sum);

/// <summary>The rows per value of a field, most rows first, then by value; a list field counts each element once per row.</summary>
public sealed record Facet(FieldRef Field, IReadOnlyList<FacetCount> Counts);

/// <summary>One value of a facet and the number of rows with it.</summary>
public sealed record FacetCount(string Value, long Count);
