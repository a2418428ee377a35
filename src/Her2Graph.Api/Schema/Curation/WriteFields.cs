using GraphQL.Types;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>The fields every mutation payload has: whether the write changed anything, and the graph version after it.</summary>
internal static class WriteFields
{
    public static void AddWriteFields<T>(this ObjectGraphType<T> type, Func<T, bool> changed, Func<T, long> version)
    {
        type.Field<NonNullGraphType<BooleanGraphType>>("changed")
            .Description("Whether the write changed the graph; false when the graph already held exactly this (the version is then not bumped).")
            .Resolve(c => changed(c.Source));
        type.Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The graph version after the write: read it back with graph { version }.")
            .Resolve(c => (int)version(c.Source));
    }
}
