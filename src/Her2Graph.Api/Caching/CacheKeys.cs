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
    private const string Format = "c1";

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
        Part(text, query.Direction.ToString());
        Set(text, (query.Types ?? []).Select(t => t.ToWireName()));
        Set(text, query.NodeIds);
    }

    public static void Listing(StringBuilder text, NodeListQuery query)
    {
        Part(text, query.Kind?.ToString());
        Filter(text, query.Filter);
        Part(text, KeysetCursor.Signature(query.Order));
        Part(text, query.First?.ToString());
        Part(text, query.After);
        Part(text, query.Last?.ToString());
        Part(text, query.Before);
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
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, "a filter the cache key does not know");
        }
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
