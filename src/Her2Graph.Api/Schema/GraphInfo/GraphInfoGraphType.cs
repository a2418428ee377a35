using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.ResponseCaching;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class GraphInfoGraphType : ObjectGraphType<GraphStatistics>
{
    public GraphInfoGraphType()
    {
        Name = "GraphInfo";
        Description = "The graph's version and size.";
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Bumped by every write that changes something.")
            .Resolve(c => (int)c.Source.Version);
        Field("release", Ref("Release"))
            .Description("The release this graph version belongs to (her2graph release, read from Her2Graph:Releases:Folder); null when it is none.")
            .Resolve().WithServices<IGraphStore, ReleaseCatalog, ResponseCacheScope>()
            .ResolveAsync(async (c, store, releases, responses) =>
            {
                // A release is made of a version without changing it: this answer is not the graph version's alone.
                responses.Forbid();
                return await releases.FindAsync(await store.GetVersionAsync(c.CancellationToken), c.CancellationToken);
            });
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Description("Nodes in all.").Resolve(c => c.Source.NodeCounts.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("relationshipCount")
            .Description("Relationships in all.")
            .Resolve(c => c.Source.RelationshipCounts.Values.Sum());
        Field("nodeCounts", NonNullListOf(Ref("NodeKindCount")))
            .Description("Nodes per kind.")
            .Resolve(c => c.Source.NodeCounts.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => new KindCount(p.Key, p.Value)));
        Field("relationshipCounts", NonNullListOf(Ref("RelationshipTypeCount")))
            .Description("Relationships per type.")
            .Resolve(c => c.Source.RelationshipCounts.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => new TypeCount(p.Key, p.Value)));
    }
}
