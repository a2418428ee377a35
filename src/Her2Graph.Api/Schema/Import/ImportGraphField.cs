using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Import;

/// <summary>
/// <c>importGraph</c>: a whole batch (a seed folder, say) in one transaction. Error input paths name records by index
/// (<c>input.nodes[7].properties.orrPercent</c>), so a client that sent files maps them back to file:line.
/// </summary>
internal static class ImportGraphField
{
    public static void AddImportGraph(this ObjectGraphType mutation) =>
        mutation.Field("importGraph", TypeRefs.Ref("ImportGraphPayload"))
            .Description("Writes nodes and relationships of any kinds and types in one transaction: all or nothing. Validated as a whole like a seed folder; "
                         + "with any error nothing is written and every error is reported (as GraphQL errors, or in problems for a dry run). Idempotent. Needs a curator API key.")
            .Arguments(MutationGraphType.Arguments("ImportGraphInput", new QueryArgument<BooleanGraphType>
            {
                Name = "dryRun",
                DefaultValue = false,
                Description = "Validate and report what would change (problems, counts), and write nothing.",
            }))
            .Resolve().WithServices<GraphInputWriter, TimeProvider>()
            .ResolveAsync(async (c, writer, clock) => await ImportAsync(c, writer, clock));

    private static async Task<ImportGraphPayload?> ImportAsync(IResolveFieldContext context, GraphInputWriter writer, TimeProvider clock)
    {
        var input = InputObject.Argument(context, "input");
        var errors = new List<ValidationError>();
        var nodes = input.Objects("nodes").Select(n => NodeInputs.Record(n, errors)).ToList();
        var relationships = input.Objects("relationships").Select(r => RelationshipInputs.Record(r, errors)).ToList();
        var dryRun = context.GetArgument("dryRun", false);
        var outcome = await writer.WriteAsync(new GraphInput(nodes, relationships), errors, WriteContexts.Of(context, clock), dryRun, context.CancellationToken);
        return outcome.IsValid || dryRun ? new ImportGraphPayload(dryRun, outcome) : InputError.Report<ImportGraphPayload>(context, outcome.Errors);
    }
}
