using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Relationships;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// Adds the traversal fields of <see cref="Traversals"/> (and the generic <c>relationships</c> field) to node types.
/// Each field's where, order and aggregates go to the store with the walk (<see cref="NeighbourShape"/>).
/// </summary>
internal static class TraversalFields
{
    private const string IncludeClasses = "includeClasses";

    /// <summary>A variant's classes, and theirs: where most evidence and every approval is recorded.</summary>
    private static readonly Reach ClassesAndSelf = new Reach.Closure(RelationshipType.MemberOf, Direction.Outgoing);

    public static void AddTraversals(this NodeKindGraphType owner, GeneratedTypes types)
    {
        foreach (var traversal in Traversals.Of(owner.Kind)) owner.AddTraversal(traversal, types);
        foreach (var traversal in Traversals.TwoHopsOf(owner.Kind)) owner.AddTwoHopTraversal(traversal, types);
        foreach (var single in Traversals.SinglesOf(owner.Kind)) owner.AddSingleNeighbour(single);
        owner.AddGenericRelationships(types);
    }

    private static void AddTraversal(this NodeKindGraphType owner, Traversal traversal, GeneratedTypes types)
    {
        var relationshipTypeName = traversal.Types.Count == 1 ? RelationshipGraphType.NameOf(traversal.Types[0]) : "Relationship";
        var schema = new EdgeSchema(types, traversal.Types, traversal.Target);
        var connection = TraversalConnectionTypes.Create(
            traversal.TypeNamePrefix, traversal.Target?.ToString() ?? "Node", relationshipTypeName, traversal.Description, schema);

        var arguments = PageRequest.Arguments("edges");
        if (traversal.Types.Count > 1)
            arguments.Add(new QueryArgument<DrugResponseGraphType> { Name = "relation", Description = "Only SENSITIVE or only RESISTANT relationships." });
        foreach (var argument in schema.Arguments()) arguments.Add(argument);
        if (traversal.ReachesThroughClasses)
        {
            arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = IncludeClasses,
                DefaultValue = false,
                Description = "Also the relationships of the classes this belongs to, directly or through broader classes (YVMA → exon 20 insertions → TKD mutations → activating mutations), where most evidence and every approval is recorded; each edge's relationship says which.",
            });
        }

        owner.Field(traversal.Field, new NonNullGraphType(connection)).Description(traversal.Description).Arguments(arguments)
            .Resolve().WithService<NeighboursDataLoader>()
            .Resolve((context, loader) =>
            {
                var walk = new LinkPattern(RelationOf(context) is { } relation ? [relation] : traversal.Types, traversal.Direction, traversal.Target);
                var via = traversal.ReachesThroughClasses && context.GetArgument(IncludeClasses, false) ? ClassesAndSelf : null;
                return Page(context, loader, schema.ShapeOf(context, walk, via));
            });
    }

    private static void AddSingleNeighbour(this NodeKindGraphType owner, SingleNeighbour single)
    {
        var shape = new NeighbourShape(new LinkPattern([single.Type], single.Direction, single.Target));
        owner.Field(single.Field, TypeRefs.Ref(single.Target.ToString())).Description(single.Description)
            .Resolve().WithService<NeighboursDataLoader>()
            .Resolve((context, loader) => loader.Load(shape, context.Source.Id).Then(group => group.Neighbours is [var first, ..] ? first.Node : null));
    }

    private static void AddGenericRelationships(this NodeKindGraphType owner, GeneratedTypes types)
    {
        var schema = new EdgeSchema(types, [], null);
        var arguments = PageRequest.Arguments("edges");
        arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<RelationshipTypeEnumGraphType>>> { Name = "types", Description = "Only these relationship types; all when omitted." });
        arguments.Add(new QueryArgument<DirectionGraphType> { Name = "direction", DefaultValue = Direction.Both, Description = "Which way to walk." });
        foreach (var argument in schema.Arguments()) arguments.Add(argument);
        var connection = TraversalConnectionTypes.Create(owner.Name + "Relationships", "Node", "Relationship", $"Every relationship of a {owner.Name}, either way.", schema);
        owner.Field("relationships", new NonNullGraphType(connection))
            .Description("Every relationship of this node, of any type, either way: the generic traversal.")
            .Arguments(arguments)
            .Resolve().WithService<NeighboursDataLoader>()
            .Resolve((context, loader) => Page(context, loader, schema.ShapeOf(
                context,
                new LinkPattern(context.GetArgument<List<RelationshipType>?>("types") ?? [], context.GetArgument("direction", Direction.Both)))));
    }

    private static object Page(IResolveFieldContext<GraphNode> context, NeighboursDataLoader loader, NeighbourShape shape)
    {
        var request = PageRequest.From(context);
        return loader.Load(shape, context.Source.Id).Then(group => EdgePaging.Page(group, request));
    }

    private static RelationshipType? RelationOf(IResolveFieldContext context) =>
        context.HasArgument("relation") ? context.GetArgument<RelationshipType?>("relation") : null;
}
