using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Upserts;

/// <summary>What an upsert returns: the node as stored, whether the write changed anything, and the graph version after it.</summary>
internal sealed record NodePayload(GraphNode Node, bool Changed, long Version);
