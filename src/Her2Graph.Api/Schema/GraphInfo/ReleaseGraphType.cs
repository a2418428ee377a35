using GraphQL.Types;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class ReleaseGraphType : ObjectGraphType<ReleaseManifest>
{
    public ReleaseGraphType()
    {
        Name = "Release";
        Description = "A named, checksummed export of one graph version (her2graph release): cite its name and version.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The release name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The graph version it holds.").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the release was written.").Resolve(c => c.Source.CreatedAt);
        Field<StringGraphType>("previous").Description("The name of the release before it; null for the first.").Resolve(c => c.Source.Previous?.Name);
    }
}
