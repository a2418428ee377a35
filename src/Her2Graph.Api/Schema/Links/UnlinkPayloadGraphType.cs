using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Links;

internal sealed class UnlinkPayloadGraphType : ObjectGraphType<RelationshipPayload>
{
    public UnlinkPayloadGraphType()
    {
        Name = "UnlinkPayload";
        Description = "The result of unlink.";
        Field("relationship", Ref("Relationship"))
            .Description("The relationship as it was before it was removed; null when there was none (changed is then false).")
            .Resolve(c => c.Source.Relationship);
        this.AddWriteFields(p => p.Changed, p => p.Version);
    }
}
