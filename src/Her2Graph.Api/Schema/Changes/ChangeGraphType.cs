using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeGraphType : ObjectGraphType<ChangeRecord>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One entry of the change log: one node or relationship created, updated or deleted by one write, with who, when and why.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The graph version the write produced.").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Position within the write, from 1.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the write happened.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor")
            .Description("Who wrote: the API key id, or seed for an import from files.")
            .Resolve(c => c.Source.Actor);
        Field<StringGraphType>("comment").Description("Why, in the curator's words, where given.").Resolve(c => c.Source.Comment);
        Field("operation", NonNullRef("ChangeOperation")).Description("What happened to the entity.").Resolve(c => c.Source.Operation);
        Field("entityType", NonNullRef("ChangeEntityType")).Description("Node or relationship.").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<StringGraphType>>("entityKey")
            .Description("The node's key, or the relationship's FROM|TYPE|TO|qualifier.")
            .Resolve(c => c.Source.EntityKey);
        Field("node", Ref("Node")).Description("The node as it is now; null for a relationship, or when the node no longer exists.")
            .Resolve().WithService<NodesByIdDataLoader>()
            .Resolve((c, nodes) => c.Source.EntityType == ChangeEntityTypeGraphType.Node ? nodes.Load(c.Source.EntityKey) : null);
        Field("relationship", Ref("Relationship")).Description("The relationship as it is now; null for a node, or when it no longer exists.")
            .Resolve().WithService<RelationshipsByKeyDataLoader>()
            .Resolve((c, relationships) =>
                c.Source.EntityType == ChangeEntityTypeGraphType.Relationship && RelationshipKey.TryParse(c.Source.EntityKey, out var key) ? relationships.Load(key) : null);
    }
}
