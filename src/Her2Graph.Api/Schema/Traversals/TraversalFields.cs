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

/// <summary>Adds the traversal fields of <see cref="Traversals"/> (and the generic <c>relationships</c> field) to node types.</summary>
internal static class TraversalFields
{
    private const string IncludeClasses = "includeClasses";

    public static void AddTraversals(this NodeKindGraphType owner)
    {
        foreach (var traversal in Traversals.Of(owner.Kind)) owner.AddTraversal(traversal);
        foreach (var traversal in Traversals.TwoHopsOf(owner.Kind)) owner.AddTwoHopTraversal(traversal);
        foreach (var single in Traversals.SinglesOf(owner.Kind)) owner.AddSingleNeighbour(single);
        owner.AddGenericRelationships();
    }

    private static void AddTraversal(this NodeKindGraphType owner, Traversal traversal)
    {
        var relationshipTypeName = traversal.Types.Count == 1 ? RelationshipGraphType.NameOf(traversal.Types[0]) : "Relationship";
        var connection = TraversalConnectionTypes.Create(
            traversal.TypeNamePrefix, traversal.Target?.ToString() ?? "Node", relationshipTypeName, traversal.Description);
        var conditions = new TraversalConditions(traversal.Types.ToList(), traversal.Target, traversal.TargetFilters);

        var arguments = PageRequest.Arguments("edges");
        if (traversal.Types.Count > 1)
            arguments.Add(new QueryArgument<DrugResponseGraphType> { Name = "relation", Description = "Only SENSITIVE or only RESISTANT relationships." });
        foreach (var argument in conditions.Arguments()) arguments.Add(argument);
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
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, neighbours) =>
            {
                var filter = conditions.FilterOf(context, RelationOf(context) is { } relation ? [relation] : traversal.Types, traversal.Direction);
                return Page(context, neighbours, filter, traversal.ReachesThroughClasses && context.GetArgument(IncludeClasses, false));
            });
    }

    private static void AddSingleNeighbour(this NodeKindGraphType owner, SingleNeighbour single)
    {
        var walk = TraversalFilter.Walk([single.Type], single.Direction, single.Target);
        owner.Field(single.Field, TypeRefs.Ref(single.Target.ToString())).Description(single.Description)
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, neighbours) => neighbours.Load(context.Source.Id).Then(all => walk.Apply(all) is [var first, ..] ? first.Node : null));
    }

    private static void AddGenericRelationships(this NodeKindGraphType owner)
    {
        var arguments = PageRequest.Arguments("edges");
        arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<RelationshipTypeEnumGraphType>>> { Name = "types", Description = "Only these relationship types; all when omitted." });
        arguments.Add(new QueryArgument<DirectionGraphType> { Name = "direction", DefaultValue = Direction.Both, Description = "Which way to walk." });
        arguments.Add(TraversalArguments.StatusArgument());
        var connection = TraversalConnectionTypes.Create(owner.Name + "Relationships", "Node", "Relationship", $"Every relationship of a {owner.Name}, either way.");
        owner.Field("relationships", new NonNullGraphType(connection))
            .Description("Every relationship of this node, of any type, either way: the generic traversal.")
            .Arguments(arguments)
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, neighbours) => Page(
                context,
                neighbours,
                TraversalFilter.Walk(
                    context.GetArgument<List<RelationshipType>?>("types") ?? [],
                    context.GetArgument("direction", Direction.Both),
                    null,
                    TraversalArguments.StatusOf(context))));
    }

    private static object Page(
        IResolveFieldContext<GraphNode> context, NeighboursByNodeIdDataLoader loader, TraversalFilter filter, bool includeClasses = false)
    {
        var request = PageRequest.From(context);
        return includeClasses
            ? ClassInheritance.Collect(loader, context.Source.Id, neighbours => EdgePaging.Page(filter.Apply(neighbours), request))
            : loader.Load(context.Source.Id).Then(neighbours => EdgePaging.Page(filter.Apply(neighbours), request));
    }

    private static RelationshipType? RelationOf(IResolveFieldContext context) =>
        context.HasArgument("relation") ? context.GetArgument<RelationshipType?>("relation") : null;
}
