using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Schema.GraphInfo;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Import;

internal sealed class ImportGraphPayloadGraphType : ObjectGraphType<ImportGraphPayload>
{
    public ImportGraphPayloadGraphType()
    {
        Name = "ImportGraphPayload";
        Description = "The result of importGraph: what was written, or in a dry run what would be, with the full validation report.";
        this.Add("dryRun", NonNull(new BooleanGraphType()), "True when nothing was written: the counts say what the import would do.", c => c.Source.DryRun);
        this.Add("valid", NonNull(new BooleanGraphType()), "Whether the batch passed validation.", c => c.Source.Outcome.IsValid);
        this.Add("problems", NonNullListOf(Ref("InputProblem")),
            "Every validation problem (dry run only: a real run reports them as GraphQL errors and writes nothing).", c => c.Source.Outcome.Errors);
        this.AddWriteFields(p => p.Outcome.Result.Changed, p => p.Outcome.Result.Version);
        this.Add("nodeCounts", NonNullRef("WriteCounts"), "Nodes created, updated and unchanged (would be, in a dry run).", c => c.Source.Outcome.Result.Nodes);
        this.Add("relationshipCounts", NonNullRef("WriteCounts"), "Relationships created, updated and unchanged (would be, in a dry run).", c => c.Source.Outcome.Result.Relationships);
        this.Add("nodesByKind", NonNullListOf(Ref("NodeKindCount")), "The batch's nodes per kind.",
            c => Enum.GetValues<NodeKind>().Select(k => new KindCount(k, c.Source.Outcome.Nodes.Count(n => n.Kind == k))));
        this.Add("relationshipsByType", NonNullListOf(Ref("RelationshipTypeCount")), "The batch's relationships per type.",
            c => Enum.GetValues<RelationshipType>().Select(t => new TypeCount(t, c.Source.Outcome.Relationships.Count(r => r.Type == t))));
        this.Add("nodes", NonNullListOf(Ref("Node")), "The batch's nodes in input order, as stored (in a dry run: as they would be written, without audit stamps).", c => c.Source.Outcome.Nodes);
        this.Add("relationships", NonNullListOf(Ref("Relationship")), "The batch's relationships in input order, likewise.", c => c.Source.Outcome.Relationships);
    }
}
