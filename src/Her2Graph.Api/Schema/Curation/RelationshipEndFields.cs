using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>The fields that identify a relationship: type, from, to, qualifier (shared by link, unlink and importGraph).</summary>
internal static class RelationshipEndFields
{
    public static void Add(IInputObjectGraphType type)
    {
        type.AddInputField("type", NonNullRef("RelationshipType"), "What the relationship says.");
        type.AddInputField("from", NonNull(new IdGraphType()), "The start node: its natural key or global id.");
        type.AddInputField("to", NonNull(new IdGraphType()), "The end node: its natural key or global id.");
        type.AddInputField("qualifier", new StringGraphType(),
            "Tells apart relationships of one type between the same nodes (trial and dose, cohort, agency); empty when omitted.");
    }
}
