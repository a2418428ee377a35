using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Links;

internal sealed class LinkPayloadGraphType : ObjectGraphType<RelationshipPayload>
{
    public LinkPayloadGraphType()
    {
        Name = "LinkPayload";
        Description = "The result of link.";
        this.Add("relationship", NonNullRef("Relationship"), "The relationship as stored now, with its audit stamps.", c => c.Source.Relationship);
        this.AddWriteFields(p => p.Changed, p => p.Version);
    }
}
