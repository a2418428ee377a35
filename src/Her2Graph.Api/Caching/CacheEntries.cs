using System.Text.Json;
using System.Text.Json.Serialization;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Caching;

/// <summary>
/// Reads as cached bytes (UTF-8 JSON) and back. The Domain types are records that System.Text.Json builds through
/// their constructors; a property bag, a citation and a dictionary keyed by relationship key need the help below.
/// </summary>
internal static class CacheEntries
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new PropertyBagJsonConverter(), new CitationJsonConverter(), new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static byte[] Encode<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Decode<T>(byte[] bytes) =>
        JsonSerializer.Deserialize<T>(bytes, Options) ?? throw new JsonException($"a cached {typeof(T).Name} was null");

    public static byte[] EncodeRelationships(IReadOnlyDictionary<RelationshipKey, GraphRelationship> relationships) =>
        Encode(relationships.Values.ToList());

    public static IReadOnlyDictionary<RelationshipKey, GraphRelationship> DecodeRelationships(byte[] bytes) =>
        Decode<List<GraphRelationship>>(bytes).ToDictionary(r => r.Key);

    public static IReadOnlyDictionary<string, IReadOnlyList<GraphNode>> DecodeXrefs(byte[] bytes) =>
        Decode<Dictionary<string, List<GraphNode>>>(bytes).ToDictionary(p => p.Key, p => (IReadOnlyList<GraphNode>)p.Value);

    // JSON objects are keyed by strings only, so the groups of a traversal level travel as a list of (key, group).
    public static byte[] EncodeNeighbours(IReadOnlyDictionary<NeighbourKey, NeighbourGroup> groups) =>
        Encode(groups.Select(g => new NeighbourEntry(g.Key.Tag, g.Key.OriginId, g.Value)).ToList());

    public static IReadOnlyDictionary<NeighbourKey, NeighbourGroup> DecodeNeighbours(byte[] bytes) =>
        Decode<List<NeighbourEntry>>(bytes).ToDictionary(e => new NeighbourKey(e.Tag, e.OriginId), e => e.Group);

    private sealed record NeighbourEntry(string Tag, string OriginId, NeighbourGroup Group);
}
