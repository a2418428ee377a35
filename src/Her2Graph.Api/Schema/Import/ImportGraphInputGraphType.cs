using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Import;

/// <summary>The input of <c>importGraph</c>: nodes of any kind and relationships of any type, written in one transaction.</summary>
internal sealed class ImportGraphInputGraphType : InputObjectGraphType
{
    public ImportGraphInputGraphType()
    {
        Name = "ImportGraphInput";
        Description = "A batch of nodes and relationships, validated as a whole and written in one transaction (all or nothing).";
        Field("nodes", new ListGraphType(NonNullRef("NodeRecordInput"))).Description("Nodes to create or replace, any kinds.");
        Field("relationships", new ListGraphType(NonNullRef("RelationshipRecordInput")))
            .Description("Relationships to create or replace, any types; their ends are nodes of the batch or of the graph.");
    }
}
