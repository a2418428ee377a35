using System.Security.Cryptography;
using System.Text;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The key of a read: <c>{format}:{graph id}:v{graph version}:{method}:{hash of its arguments}</c> (the configured prefix
/// is added by the cache). The graph id keeps apart stores whose versions coincide (a recreated store, another adapter,
/// two stores sharing one Redis). Sets of keys are sorted, so a batch asked in another order finds the same entry;
/// every argument is written with its length, so two different calls can never produce the same text.
/// </summary>
internal static class CacheKeys
{
    /// <summary>Bump when the serialised form changes, so that a deploy never reads entries written by the previous build.</summary>
    private const string Format = "c2";

    public static string For(GraphVersion version, string method, Action<StringBuilder> arguments)
    {
        var text = new StringBuilder();
        arguments(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return $"{Format}:{version.GraphId}:v{version.Number}:{method}:{hash}";
    }

    public static void Nodes(StringBuilder text, IReadOnlyCollection<string> ids) => Set(text, ids);

    public static void Xrefs(StringBuilder text, IReadOnlyCollection<string> keys) => Set(text, keys);

    public static void Relationships(StringBuilder text, IReadOnlyCollection<RelationshipKey> keys) => Set(text, keys.Select(k => k.ToString()));

    public static void Neighbours(StringBuilder text, NeighbourQuery query)
    {
        Part(text, query.Branches.Count.ToString());
        foreach (var branch in query.Branches)
        {
            Part(text, branch.Tag);
            Shape(text, branch);
            Set(text, branch.NodeIds);
        }
    }

    /// <summary>The canonical text of what a branch asks of each node (all but its tag and nodes): equal texts, equal reads.</summary>
    public static string ShapeOf(NeighbourBranch branch)
    {
        var text = new StringBuilder();
        Shape(text, branch);
        return text.ToString();
    }

    private static void Shape(StringBuilder text, NeighbourBranch branch)
    {
        Pattern(text, branch.Pattern);
        Orders(text, branch.Order ?? []);
        Part(text, branch.Rows ? "rows" : "no rows");
        Aggregate(text, branch.Aggregate);
        Via(text, branch.Via);
    }

    public static void Listing(StringBuilder text, NodeListQuery query)
    {
        Part(text, query.Kind?.ToString());
        Filter(text, query.Filter);
        Orders(text, query.Order);
        Aggregate(text, query.Aggregate);
        Page(text, query.First, query.After, query.Last, query.Before);
    }

    public static void RelationshipListing(StringBuilder text, RelationshipListQuery query)
    {
        Part(text, string.Join(',', query.Types.Select(t => t.ToWireName()).Order(StringComparer.Ordinal)));
        Filter(text, query.Filter);
        Orders(text, query.Order);
        Aggregate(text, query.Aggregate);
        Page(text, query.First, query.After, query.Last, query.Before);
    }

    private static void Page(StringBuilder text, int? first, string? after, int? last, string? before)
    {
        Part(text, first?.ToString());
        Part(text, after);
        Part(text, last?.ToString());
        Part(text, before);
    }

    public static void Search(StringBuilder text, SearchQuery query)
    {
        Part(text, query.Text);
        Set(text, (query.Kinds ?? []).Select(k => k.ToString()));
        Part(text, query.First.ToString());
    }

    public static void Paths(StringBuilder text, PathQuery query)
    {
        Part(text, query.FromId);
        Part(text, query.ToId);
        Part(text, query.MaxHops.ToString());
        Set(text, (query.Types ?? []).Select(t => t.ToWireName()));
        Part(text, query.Limit.ToString());
    }

    public static void Changes(StringBuilder text, ChangeQuery query)
    {
        Part(text, query.AfterVersion.ToString());
        Part(text, query.AfterSequence.ToString());
        Part(text, query.First.ToString());
    }

    private static void Filter(StringBuilder text, NodeFilter? filter)
    {
        switch (filter)
        {
            case null:
                Part(text, null);
                break;
            case NodeFilter.AllOf all:
                Part(text, "all");
                Part(text, all.Filters.Count.ToString());
                foreach (var inner in all.Filters) Filter(text, inner);
                break;
            case NodeFilter.AnyOf any:
                Part(text, "any");
                Part(text, any.Filters.Count.ToString());
                foreach (var inner in any.Filters) Filter(text, inner);
                break;
            case NodeFilter.Negate not:
                Part(text, "not");
                Filter(text, not.Filter);
                break;
            case NodeFilter.Compare compare:
                Part(text, "compare");
                Part(text, compare.Field);
                Part(text, compare.Operator.ToString());
                Part(text, compare.Value.GetRawText());
                Part(text, compare.Scope.ToString());
                break;
            case NodeFilter.Linked linked:
                Part(text, "linked");
                Pattern(text, linked.Pattern);
                Part(text, linked.Operator.ToString());
                Part(text, linked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Part(text, linked.Scope.ToString());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, "a filter the cache key does not know");
        }
    }

    private static void Pattern(StringBuilder text, LinkPattern pattern)
    {
        // Types in the pattern's order: a set, but written as given is still a function of the query.
        Part(text, string.Join(',', pattern.Types.Select(t => t.ToWireName()).Order(StringComparer.Ordinal)));
        Part(text, pattern.Direction.ToString());
        Part(text, pattern.Target?.ToString());
        Filter(text, pattern.Where);
    }

    private static void Via(StringBuilder text, Reach? via)
    {
        switch (via)
        {
            case null:
                Part(text, null);
                break;
            case Reach.Hop hop:
                Part(text, "hop");
                Pattern(text, hop.Pattern);
                break;
            case Reach.Closure closure:
                Part(text, "closure");
                Part(text, closure.Type.ToWireName());
                Part(text, closure.Direction.ToString());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(via), via, "a reach the cache key does not know");
        }
    }

    private static void Orders(StringBuilder text, IReadOnlyList<NodeOrder> order)
    {
        Part(text, order.Count.ToString());
        foreach (var key in order)
        {
            Part(text, key.ToString());
            Part(text, key.Scope.ToString());
            if (key.Counted is { } pattern) Pattern(text, pattern);
            else Part(text, null);
        }
    }

    private static void Aggregate(StringBuilder text, AggregateRequest? request)
    {
        if (request is null)
        {
            Part(text, null);
            return;
        }

        Part(text, string.Join(',', request.Numbers.Select(f => $"{f.Scope}.{f.EndKind}.{f.Field}")));
        Part(text, string.Join(',', request.Facets.Select(f => $"{f.Scope}.{f.EndKind}.{f.Field}")));
    }

    private static void Set(StringBuilder text, IEnumerable<string> values)
    {
        var sorted = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Part(text, sorted.Count.ToString());
        foreach (var value in sorted) Part(text, value);
    }

    // Null and empty differ: "-" versus "0:".
    private static void Part(StringBuilder text, string? value) =>
        (value is null ? text.Append('-') : text.Append(value.Length).Append(':').Append(value)).Append(';');
}
