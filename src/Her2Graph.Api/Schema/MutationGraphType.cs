using GraphQL.Types;
using Her2Graph.Api.Schema.Import;
using Her2Graph.Api.Schema.Links;
using Her2Graph.Api.Schema.Upserts;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema;

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

    /// <summary>The arguments every mutation takes: its input, any of its own, and the curator's comment.</summary>
    public static QueryArguments Arguments(string inputType, params QueryArgument[] more) =>
    [
        new QueryArgument(TypeRefs.NonNullRef(inputType)) { Name = "input", Description = "What to write." },
        .. more,
        new QueryArgument<StringGraphType> { Name = "comment", Description = "Why, in the curator's words: recorded in the change log with the key id and the time." },
    ];
}
