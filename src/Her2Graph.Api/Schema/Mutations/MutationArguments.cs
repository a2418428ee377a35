using GraphQL.Types;

namespace Her2Graph.Api.Schema.Mutations;

/// <summary>The arguments the mutations share.</summary>
internal static class MutationArguments
{
    public static QueryArguments Of(string inputType, params QueryArgument[] more) =>
    [
        new QueryArgument(SchemaFields.NonNullRef(inputType)) { Name = "input", Description = "What to write." },
        .. more,
        new QueryArgument<StringGraphType> { Name = "comment", Description = "Why, in the curator's words: recorded in the change log with the key id and the time." },
    ];
}
