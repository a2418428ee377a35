using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Upserts;

/// <summary>One typed upsert per node kind (upsertDrug(input: DrugInput!)…), generated from the catalog like the read types.</summary>
internal static class NodeUpsertFields
{
    public static void AddNodeUpserts(this ObjectGraphType mutation, List<IGraphType> generatedTypes)
    {
        foreach (var definition in NodeKinds.All)
        {
            generatedTypes.Add(new NodeInputGraphType(definition));
            generatedTypes.Add(new UpsertPayloadGraphType(definition.Kind));
            mutation.Field($"upsert{definition.Kind}", TypeRefs.Ref(UpsertPayloadGraphType.NameOf(definition.Kind)))
                .Description($"Creates the {definition.Kind} with input.key, or replaces its whole content. Validated like a seed file (every error at once, "
                             + "each with its input path); idempotent: the same input again changes nothing and keeps the graph version. Needs a curator API key.")
                .Arguments(MutationGraphType.Arguments(NodeInputGraphType.NameOf(definition.Kind)))
                .Resolve().WithServices<GraphInputWriter, TimeProvider>()
                .ResolveAsync(async (c, writer, clock) => await UpsertAsync(c, definition, writer, clock));
        }
    }

    private static async Task<NodePayload?> UpsertAsync(IResolveFieldContext context, NodeKindDefinition definition, GraphInputWriter writer, TimeProvider clock)
    {
        var node = NodeInputs.Typed(definition, InputObject.Argument(context, "input"));
        var outcome = await writer.WriteAsync(new GraphInput([node], []), Array.Empty<ValidationError>(), WriteContexts.Of(context, clock), dryRun: false, context.CancellationToken);
        return outcome.IsValid
            ? new NodePayload(outcome.Nodes[0], outcome.Result.Changed, outcome.Result.Version)
            : InputError.Report<NodePayload>(context, outcome.Errors);
    }
}
