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

/// <summary>
/// Trial.adverseEvents: the graph keeps AE incidence on Drug -HAS_ADVERSE_EVENT-> AdverseEvent with the trial it comes
/// from, so a trial's adverse events are two hops away (trial → drugs → their AEs from this trial). The second hop is
/// a nested loader result, so it is batched with every other trial of the level: two store calls in all.
/// </summary>
internal static class TrialAdverseEventsField
{
    private const string Field = "adverseEvents";
    private static readonly PropertyDefinition[] IncidenceProperties =
    [
        .. RelationshipTypes.Get(RelationshipType.HasAdverseEvent).Properties.Where(p => p.Type == PropertyType.Percent),
    ];
    private const string Description = "Adverse events reported by this trial, with incidence per drug and dose (from the drugs' HAS_ADVERSE_EVENT relationships that name this trial).";

    public static void AddTrialAdverseEvents(this NodeKindGraphType trial)
    {
        var connection = TraversalConnectionTypes.Create("TrialAdverseEvents", nameof(NodeKind.AdverseEvent), RelationshipGraphType.NameOf(RelationshipType.HasAdverseEvent), Description);
        var arguments = PageRequest.Arguments("edges");
        foreach (var property in IncidenceProperties) arguments.Add(TraversalArguments.MinimumArgument(property));
        arguments.Add(TraversalArguments.StatusArgument());

        trial.Field(Field, new NonNullGraphType(connection)).Description(Description).Arguments(arguments)
            .Resolve().WithService<NeighboursByNodeIdDataLoader>()
            .Resolve((context, loader) =>
            {
                var request = PageRequest.From(context);
                var trialId = context.Source.Id;
                var filter = new TraversalFilter(
                    [RelationshipType.HasAdverseEvent], Direction.Outgoing, NodeKind.AdverseEvent, TraversalArguments.StatusOf(context),
                    TraversalArguments.MinimumsOf(context, IncidenceProperties),
                    new Dictionary<string, string> { ["trial"] = trialId },
                    new Dictionary<string, string>());
                return loader.Load(trialId).Then(trialNeighbours => DataLoaderResults
                    .WhenAll(trialNeighbours
                        .Where(n => n.Relationship.Type == RelationshipType.Evaluates && n.Direction == Direction.Outgoing)
                        .Select(n => loader.Load(n.Node.Id)).ToList())
                    .Then(perDrug => EdgePaging.Page(
                        perDrug.SelectMany(filter.Apply)
                            .OrderBy(n => n.Node.Name, StringComparer.Ordinal)
                            .ThenBy(n => n.Relationship.Key.ToString(), StringComparer.Ordinal)
                            .ToList(),
                        request)));
            });
    }
}
