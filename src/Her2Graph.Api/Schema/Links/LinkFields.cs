using GraphQL;
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
        mutation.AddAsync("link", SchemaFields.Ref("LinkPayload"),
            "Creates the relationship with input's type, from, to and qualifier, or replaces its whole content. Needs at least one citation; "
            + "its ends may be nodes already in the graph. Validated like a seed file; idempotent. Needs a curator API key.",
            LinkAsync, MutationGraphType.Arguments("LinkInput"));
        mutation.AddAsync("unlink", SchemaFields.Ref("UnlinkPayload"),
            "Removes the relationship with input's type, from, to and qualifier. Idempotent: removing one that does not exist changes nothing. Needs a curator API key.",
            UnlinkAsync, MutationGraphType.Arguments("UnlinkInput"));
    }

    private static async Task<RelationshipPayload?> LinkAsync(IResolveFieldContext context)
    {
        var errors = new List<ValidationError>();
        var relationship = RelationshipInputs.Link(InputObject.Argument(context, "input"), errors);
        var writer = context.RequestServices!.GetRequiredService<GraphInputWriter>();
        var outcome = await writer.WriteAsync(new GraphInput([], [relationship]), errors, WriteContexts.Of(context), dryRun: false, context.CancellationToken);
        return outcome.IsValid
            ? new RelationshipPayload(outcome.Relationships[0], outcome.Result.Changed, outcome.Result.Version)
            : InputError.Report<RelationshipPayload>(context, outcome.Errors);
    }

    private static async Task<RelationshipPayload> UnlinkAsync(IResolveFieldContext context)
    {
        var key = RelationshipInputs.Key(InputObject.Argument(context, "input"));
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        // REVIEW: read outside the write's transaction, so a concurrent link could make the returned "as it was" older
        // than what was removed; the port has no delete-and-return, and the removal itself is atomic.
        var before = await store.GetRelationshipsAsync([key], context.CancellationToken);
        var result = await store.WriteAsync(new GraphWrite([], [], [], [key], WriteContexts.Of(context)), context.CancellationToken);
        return new RelationshipPayload(result.Changed ? before.GetValueOrDefault(key) : null, result.Changed, result.Version);
    }
}
