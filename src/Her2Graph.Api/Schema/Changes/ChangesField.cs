using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Changes;

/// <summary><c>changes(since:, first:, after:)</c>: the change log as a Relay connection, oldest first.</summary>
internal static class ChangesField
{
    public static void AddChanges(this ObjectGraphType query, List<IGraphType> generatedTypes)
    {
        generatedTypes.AddRange([new ChangeGraphType(), new ChangeConnectionGraphType(), new ChangeOperationGraphType(), new ChangeEntityTypeGraphType()]);
        query.Field("changes", NonNullRef("ChangeConnection"))
            .Description("The change log, oldest first: every node and relationship each write created, updated or deleted, with who (API key id), when and why.")
            .Argument<IntGraphType>("since", "Only changes of writes after this graph version (graph { version }); 0 for all.", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("first", $"How many changes at most (0 to {PageRequest.MaxPageSize}).", a => a.DefaultValue = PageRequest.DefaultPageSize)
            .Argument<StringGraphType>("after", "Cursor to start after (from pageInfo.endCursor).")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (context, store) => await ChangesAsync(context, store));
    }

    private static async Task<ChangeConnection> ChangesAsync(IResolveFieldContext context, IGraphStore store)
    {
        var since = context.GetArgument("since", 0);
        var first = context.GetArgument("first", PageRequest.DefaultPageSize);
        if (since < 0) throw Errors.BadArgument("since must be 0 or more");
        if (first is < 0 or > PageRequest.MaxPageSize) throw Errors.BadArgument($"first must be between 0 and {PageRequest.MaxPageSize}");

        var (version, sequence) = ((long)since, 0);
        if (context.GetArgument<string?>("after") is { } after)
        {
            if (!ChangeCursor.TryDecode(after, out var afterVersion, out var afterSequence)) throw Errors.BadCursor(after);
            if (afterVersion >= version) (version, sequence) = (afterVersion, afterSequence);
        }

        var changes = await store.GetChangesAsync(new ChangeQuery(version, first + 1, sequence), context.CancellationToken);
        return new ChangeConnection(changes.Take(first).ToList(), changes.Count > first, HasPreviousPage: sequence > 0 || version > 0);
    }
}
