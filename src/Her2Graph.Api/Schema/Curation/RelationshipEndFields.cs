using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>The fields that identify a relationship: type, from, to, qualifier (shared by link, unlink and importGraph).</summary>
internal static class RelationshipEndFields
{
    public static void Add(InputObjectGraphType type)
    {
        type.Field("type", NonNullRef("RelationshipType")).Description("What the relationship says.");
        type.Field<NonNullGraphType<IdGraphType>>("from").Description("The start node: its natural key or global id.");
        type.Field<NonNullGraphType<IdGraphType>>("to").Description("The end node: its natural key or global id.");
        type.Field<StringGraphType>("qualifier")
            .Description("Tells apart relationships of one type between the same nodes (e.g. one arm's incidence of an adverse event counted two ways); empty when omitted.");
    }
}
