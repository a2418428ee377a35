using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Links;

internal sealed class UnlinkPayloadGraphType : ObjectGraphType<RelationshipPayload>
{
    public UnlinkPayloadGraphType()
    {
        Name = "UnlinkPayload";
        Description = "The result of unlink.";
        this.Add("relationship", Ref("Relationship"), "The relationship as it was before it was removed; null when there was none (changed is then false).", c => c.Source.Relationship);
        this.AddWriteFields(p => p.Changed, p => p.Version);
    }
}
