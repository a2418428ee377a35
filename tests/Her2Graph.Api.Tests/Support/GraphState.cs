using System.Text.Json;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The graph's version and size, read through the API: equal before and after, nothing was written.</summary>
public sealed record GraphState(int Version, int NodeCount, int RelationshipCount)
{
    public static async Task<GraphState> ReadAsync(GraphQLClient client)
    {
        var response = await client.PostAsync("{ graph { version nodeCount relationshipCount } }");
        var graph = response.Data.GetProperty("graph");
        return new GraphState(graph.GetProperty("version").GetInt32(), graph.GetProperty("nodeCount").GetInt32(), graph.GetProperty("relationshipCount").GetInt32());
    }

    /// <summary>Whether a node with this key exists.</summary>
    public static async Task<bool> HasNodeAsync(GraphQLClient client, string key)
    {
        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { key } }", new { ids = new[] { key } });
        return response.Data.GetProperty("nodes")[0].ValueKind != JsonValueKind.Null;
    }
}
