using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Relationships;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// The fields of <see cref="Traversals.TwoHops"/>: the second hop walked from the nodes the first reaches, both in
/// one store branch (<see cref="Reach.Hop"/>), so the level is still one store call and the where and order apply
/// to the second hop in the store.
/// </summary>
internal static class TwoHopFields
{
    public static void AddTwoHopTraversal(this NodeKindGraphType owner, TwoHopTraversal traversal, GeneratedTypes types)
    {
        var schema = new EdgeSchema(types, [traversal.To.Type], traversal.To.Kind);
        var connection = TraversalConnectionTypes.Create(
            traversal.TypeNamePrefix, traversal.To.Kind.ToString(), RelationshipGraphType.NameOf(traversal.To.Type), traversal.Description, schema);
        var through = new Reach.Hop(new LinkPattern([traversal.Through.Type], traversal.Through.Direction, traversal.Through.Kind));
        var walk = new LinkPattern([traversal.To.Type], traversal.To.Direction, traversal.To.Kind);
        var arguments = PageRequest.Arguments("edges");
        foreach (var argument in schema.Arguments()) arguments.Add(argument);

        owner.Field(traversal.Field, new NonNullGraphType(connection)).Description(traversal.Description).Arguments(arguments)
            .Resolve().WithService<NeighboursDataLoader>()
            .Resolve((context, loader) =>
            {
                var request = PageRequest.From(context);
                return loader.Load(schema.ShapeOf(context, walk, through), context.Source.Id).Then(group => EdgePaging.Page(group, request));
            });
    }
}
