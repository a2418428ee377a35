using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Relationships;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>Adds the traversal fields of <see cref="Traversals"/> (and the generic <c>relationships</c> field) to node types.</summary>
internal static class TraversalFields
{
    private const string IncludeClasses = "includeClasses";

    public static void AddTraversals(this NodeKindGraphType owner)
    {
        foreach (var traversal in Traversals.Of(owner.Kind)) owner.AddTraversal(traversal);
        if (owner.Kind == NodeKind.Trial) owner.AddTrialAdverseEvents();
        owner.AddGenericRelationships();
    }

    private static void AddTraversal(this NodeKindGraphType owner, Traversal traversal)
    {
        var relationshipTypeName = traversal.Types.Count == 1 ? RelationshipGraphType.NameOf(traversal.Types[0]) : "Relationship";
        var connection = TraversalConnectionTypes.Create(
            traversal.TypeNamePrefix, traversal.Target?.ToString() ?? "Node", relationshipTypeName, traversal.Description);
        var percentProperties = traversal.Types
            .SelectMany(t => RelationshipTypes.Get(t).Properties)
            .Where(p => p.Type == PropertyType.Percent)
            .DistinctBy(p => p.Name)
            .ToList();

        var arguments = PageRequest.Arguments("edges");
        arguments.Add(TraversalArguments.StatusArgument());
        if (traversal.Types.Count > 1)
            arguments.Add(new QueryArgument<DrugResponseGraphType> { Name = "relation", Description = "Only SENSITIVE or only RESISTANT relationships." });
        foreach (var property in percentProperties)
            arguments.Add(TraversalArguments.MinimumArgument(property));
        foreach (var name in traversal.RelationshipTextFilters ?? [])
            arguments.Add(new QueryArgument<StringGraphType> { Name = name, Description = $"Only relationships whose {name} equals this (ignoring case)." });
        if (traversal.ReachesThroughClasses)
        {
            arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = IncludeClasses,
                DefaultValue = false,
                Description = "Also the relationships of the classes this belongs to, directly or through broader classes (YVMA → exon 20 insertions → TKD mutations → activating mutations), where most evidence and every approval is recorded; each edge's relationship.from says which.",
            });
        }

        foreach (var name in traversal.TargetTextFilters ?? [])
            arguments.Add(new QueryArgument<StringGraphType> { Name = name, Description = $"Only {traversal.Target}s whose {name} equals this (ignoring case)." });

        owner.Field(traversal.Field, new NonNullGraphType(connection)).Description(traversal.Description).Arguments(arguments)
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, neighbours) =>
            {
                var filter = new TraversalFilter(
                    RelationOf(context) is { } relation ? [relation] : traversal.Types,
                    traversal.Direction,
                    traversal.Target,
                    TraversalArguments.StatusOf(context),
                    TraversalArguments.MinimumsOf(context, percentProperties),
                    TextArguments(context, traversal.RelationshipTextFilters),
                    TextArguments(context, traversal.TargetTextFilters));
                return Page(context, neighbours, filter, traversal.ReachesThroughClasses && context.GetArgument(IncludeClasses, false));
            });
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
                new TraversalFilter(
                    context.GetArgument<List<RelationshipType>?>("types") ?? [],
                    context.GetArgument("direction", Direction.Both),
                    null,
                    TraversalArguments.StatusOf(context),
                    new Dictionary<string, double>(),
                    new Dictionary<string, string>(),
                    new Dictionary<string, string>())));
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

    private static Dictionary<string, string> TextArguments(IResolveFieldContext context, IReadOnlyList<string>? names) =>
        (names ?? []).Select(n => (Name: n, Value: context.GetArgument<string?>(n)))
            .Where(a => a.Value is not null)
            .ToDictionary(a => a.Name, a => a.Value!);
}
