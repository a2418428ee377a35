using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Relationships;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// The fields of <see cref="Traversals.TwoHops"/>: the owner's neighbours, then the neighbours of those. The second
/// hop is a nested loader result, so it is batched with the same hop of every other node of the level: two store
/// calls in all however many owners and arms the level has.
/// </summary>
internal static class TwoHopFields
{
    public static void AddTwoHopTraversal(this NodeKindGraphType owner, TwoHopTraversal traversal)
    {
        var connection = TraversalConnectionTypes.Create(
            traversal.TypeNamePrefix, traversal.To.Kind.ToString(), RelationshipGraphType.NameOf(traversal.To.Type), traversal.Description);
        var conditions = new TraversalConditions([traversal.To.Type], traversal.To.Kind, traversal.TargetFilters);
        var through = TraversalFilter.Walk([traversal.Through.Type], traversal.Through.Direction, traversal.Through.Kind);
        var arguments = PageRequest.Arguments("edges");
        foreach (var argument in conditions.Arguments()) arguments.Add(argument);

        owner.Field(traversal.Field, new NonNullGraphType(connection)).Description(traversal.Description).Arguments(arguments)
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, loader) =>
            {
                var request = PageRequest.From(context);
                var filter = conditions.FilterOf(context, [traversal.To.Type], traversal.To.Direction);
                return loader.Load(context.Source.Id).Then(first => DataLoaderResults
                    .WhenAll(through.Apply(first).Select(n => n.Node.Id).Distinct(StringComparer.Ordinal).Select(loader.Load).ToList())
                    .Then(second => EdgePaging.Page(
                        second.SelectMany(filter.Apply)
                            .DistinctBy(n => (n.Relationship.Key, n.Direction))
                            .OrderBy(n => n.Node.Name, StringComparer.Ordinal)
                            .ThenBy(n => n.Relationship.Key.ToString(), StringComparer.Ordinal)
                            .ToList(),
                        request)));
            });
    }
}
