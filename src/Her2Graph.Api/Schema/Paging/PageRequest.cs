using GraphQL;
using GraphQL.Types;

namespace Her2Graph.Api.Schema.Paging;

/// <summary>Relay paging arguments, checked: first/last between 0 and <see cref="MaxPageSize"/>, never both.</summary>
internal sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static QueryArguments Arguments(string itemsName) =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = $"How many {itemsName} from the start (or after `after`); at most {MaxPageSize}. Default {DefaultPageSize} when neither first nor last is given." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor to start after (from pageInfo.endCursor)." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"How many {itemsName} from the end (or before `before`); at most {MaxPageSize}." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor to end before (from pageInfo.startCursor)." },
    ];

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null) throw Errors.BadArgument("pass either first or last, not both");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0 or > MaxPageSize) throw Errors.BadArgument($"{name} must be between 0 and {MaxPageSize}");
        }

        if (first is null && last is null) first = DefaultPageSize;
        return new PageRequest(first, context.GetArgument<string?>("after"), last, context.GetArgument<string?>("before"));
    }
}
