using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeGraphType : ObjectGraphType<ChangeRecord>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One entry of the change log: one node or relationship created, updated or deleted by one write, with who, when and why.";
        this.Add("version", NonNull(new IntGraphType()), "The graph version the write produced.", c => (int)c.Source.Version);
        this.Add("sequence", NonNull(new IntGraphType()), "Position within the write, from 1.", c => c.Source.Sequence);
        this.Add("at", NonNull(new DateTimeOffsetGraphType()), "When the write happened.", c => c.Source.At);
        this.Add("actor", NonNull(new StringGraphType()), "Who wrote: the API key id, or seed for an import from files.", c => c.Source.Actor);
        this.Add("comment", new StringGraphType(), "Why, in the curator's words, where given.", c => c.Source.Comment);
        this.Add("operation", NonNullRef("ChangeOperation"), "What happened to the entity.", c => c.Source.Operation);
        this.Add("entityType", NonNullRef("ChangeEntityType"), "Node or relationship.", c => c.Source.EntityType);
        this.Add("entityKey", NonNull(new StringGraphType()), "The node's key, or the relationship's FROM|TYPE|TO|qualifier.", c => c.Source.EntityKey);
        this.Add("node", Ref("Node"), "The node as it is now; null for a relationship, or when the node no longer exists.", c =>
            c.Source.EntityType == ChangeEntityTypeGraphType.Node ? c.RequestServices!.GetRequiredService<NodesByIdDataLoader>().Load(c.Source.EntityKey) : null);
        this.Add("relationship", Ref("Relationship"), "The relationship as it is now; null for a node, or when it no longer exists.", c =>
            c.Source.EntityType == ChangeEntityTypeGraphType.Relationship && RelationshipKey.TryParse(c.Source.EntityKey, out var key)
                ? c.RequestServices!.GetRequiredService<RelationshipsByKeyDataLoader>().Load(key)
                : null);
    }
}
