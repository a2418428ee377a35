using GraphQL.Types;
using Her2Graph.Api.Schema.Mutations.Inputs;
using Her2Graph.Api.Schema.Mutations.Payloads;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Mutations;

/// <summary>
/// The root mutation: an upsert per node kind, link, unlink and importGraph. Every mutation needs a curator API key
/// (checked before any field runs), is validated by the seed files' validator, and writes in one transaction.
/// </summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(List<IGraphType> generatedTypes)
    {
        Name = "Mutation";
        Description = "Curator writes. Every mutation needs 'Authorization: Bearer <key>' with a key that has the curator role, "
                      + "and records the key id, the time and the comment in audit stamps and the change log (Query.changes).";
        // REVIEW: payload entities are read fresh from the store, but nodes reached from them (relationship.from…) go
        // through the request's memoising loader, so a document with several mutation fields can see, in a later
        // field's nested nodes, a node as an earlier field left it. One mutation field per request avoids it.
        this.AddNodeUpserts(generatedTypes);
        this.AddLinks();
        this.AddImportGraph();

        generatedTypes.AddRange(RelationshipTypes.All.Select(d => new RelationshipPropertiesInputGraphType(d)));
        generatedTypes.AddRange(
        [
            new LinkInputGraphType(RelationshipTypes.All), new UnlinkInputGraphType(), new ImportGraphInputGraphType(), new NodeRecordInputGraphType(),
            new RelationshipRecordInputGraphType(), new JsonGraphType(), new LinkPayloadGraphType(), new UnlinkPayloadGraphType(),
            new ImportGraphPayloadGraphType(), new WriteCountsGraphType(), new InputProblemGraphType(),
        ]);
    }
}
