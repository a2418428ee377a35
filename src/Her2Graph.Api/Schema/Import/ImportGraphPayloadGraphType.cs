using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Schema.GraphInfo;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Import;

internal sealed class ImportGraphPayloadGraphType : ObjectGraphType<ImportGraphPayload>
{
    public ImportGraphPayloadGraphType()
    {
        Name = "ImportGraphPayload";
        Description = "The result of importGraph: what was written, or in a dry run what would be, with the full validation report.";
        Field<NonNullGraphType<BooleanGraphType>>("dryRun")
            .Description("True when nothing was written: the counts say what the import would do.")
            .Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("valid").Description("Whether the batch passed validation.").Resolve(c => c.Source.Outcome.IsValid);
        Field("problems", NonNullListOf(Ref("InputProblem")))
            .Description("Every validation problem (dry run only: a real run reports them as GraphQL errors and writes nothing).")
            .Resolve(c => c.Source.Outcome.Errors);
        this.AddWriteFields(p => p.Outcome.Result.Changed, p => p.Outcome.Result.Version);
        Field("nodeCounts", NonNullRef("WriteCounts"))
            .Description("Nodes created, updated and unchanged (would be, in a dry run).")
            .Resolve(c => c.Source.Outcome.Result.Nodes);
        Field("relationshipCounts", NonNullRef("WriteCounts"))
            .Description("Relationships created, updated and unchanged (would be, in a dry run).")
            .Resolve(c => c.Source.Outcome.Result.Relationships);
        Field("nodesByKind", NonNullListOf(Ref("NodeKindCount")))
            .Description("The batch's nodes per kind.")
            .Resolve(c => Enum.GetValues<NodeKind>().Select(k => new KindCount(k, c.Source.Outcome.Nodes.Count(n => n.Kind == k))));
        Field("relationshipsByType", NonNullListOf(Ref("RelationshipTypeCount")))
            .Description("The batch's relationships per type.")
            .Resolve(c => Enum.GetValues<RelationshipType>().Select(t => new TypeCount(t, c.Source.Outcome.Relationships.Count(r => r.Type == t))));
        Field("nodes", NonNullListOf(Ref("Node")))
            .Description("The batch's nodes in input order, as stored (in a dry run: as they would be written, without audit stamps).")
            .Resolve(c => c.Source.Outcome.Nodes);
        Field("relationships", NonNullListOf(Ref("Relationship")))
            .Description("The batch's relationships in input order, likewise.")
            .Resolve(c => c.Source.Outcome.Relationships);
    }
}
