using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Links;

/// <summary><c>link</c> (create or replace one relationship with its evidence) and <c>unlink</c> (remove one).</summary>
internal static class LinkFields
{
    public static void AddLinks(this ObjectGraphType mutation)
    {
        mutation.Field("link", TypeRefs.Ref("LinkPayload"))
            .Description("Creates the relationship with input's type, from, to and qualifier, or replaces its whole content. Needs at least one citation; "
                         + "its ends may be nodes already in the graph. Validated like a seed file; idempotent. Needs a curator API key.")
            .Arguments(MutationGraphType.Arguments("LinkInput"))
            .Resolve().WithServices<GraphInputWriter, TimeProvider>()
            .ResolveAsync(async (c, writer, clock) => await LinkAsync(c, writer, clock));
        mutation.Field("unlink", TypeRefs.Ref("UnlinkPayload"))
            .Description("Removes the relationship with input's type, from, to and qualifier. Idempotent: removing one that does not exist changes nothing. Needs a curator API key.")
            .Arguments(MutationGraphType.Arguments("UnlinkInput"))
            .Resolve().WithServices<IGraphStore, TimeProvider>()
            .ResolveAsync(async (c, store, clock) => await UnlinkAsync(c, store, clock));
    }

    private static async Task<RelationshipPayload?> LinkAsync(IResolveFieldContext context, GraphInputWriter writer, TimeProvider clock)
    {
        var errors = new List<ValidationError>();
        var relationship = RelationshipInputs.Link(InputObject.Argument(context, "input"), errors);
        var outcome = await writer.WriteAsync(new GraphInput([], [relationship]), errors, WriteContexts.Of(context, clock), dryRun: false, context.CancellationToken);
        return outcome.IsValid
            ? new RelationshipPayload(outcome.Relationships[0], outcome.Result.Changed, outcome.Result.Version)
            : InputError.Report<RelationshipPayload>(context, outcome.Errors);
    }

    private static async Task<RelationshipPayload> UnlinkAsync(IResolveFieldContext context, IGraphStore store, TimeProvider clock)
    {
        var key = RelationshipInputs.Key(InputObject.Argument(context, "input"));
        // REVIEW: read outside the write's transaction, so a concurrent link could make the returned "as it was" older
        // than what was removed; the port has no delete-and-return, and the removal itself is atomic.
        var before = await store.GetRelationshipsAsync([key], context.CancellationToken);
        var result = await store.WriteAsync(new GraphWrite([], [], [], [key], WriteContexts.Of(context, clock)), context.CancellationToken);
        return new RelationshipPayload(result.Changed ? before.GetValueOrDefault(key) : null, result.Changed, result.Version);
    }
}
