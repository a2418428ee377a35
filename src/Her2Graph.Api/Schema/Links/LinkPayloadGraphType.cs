using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Links;

internal sealed class LinkPayloadGraphType : ObjectGraphType<RelationshipPayload>
{
    public LinkPayloadGraphType()
    {
        Name = "LinkPayload";
        Description = "The result of link.";
        Field("relationship", NonNullRef("Relationship"))
            .Description("The relationship as stored now, with its audit stamps.")
            .Resolve(c => c.Source.Relationship);
        this.AddWriteFields(p => p.Changed, p => p.Version);
    }
}
