using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Domain.Actionability;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Actionability;

/// <summary>
/// The actionability fields: <c>Variant.actionability(drug:)</c> for a variant already in hand (a report's variants,
/// batched per step across all of them) and the root <c>actionability(variant:, drug:)</c> for a name or id from a
/// report, which also says when a drug name is unknown. There is no <c>Drug.actionability</c>: a drug's levels across
/// every variant need the class tree walked downwards to each member, and a report always starts from a variant.
/// </summary>
internal static class ActionabilityFields
{
    private const string Levels = "AMP/ASCO/CAP 2017 levels (Li et al., J Mol Diagn 2017) computed from the facts of the graph, one finding per rule and triggering fact, "
                                  + "ordered by drug, level (A to D, then UNDETERMINED), rule and fact; evidence recorded on the variant's classes counts (coveredBy says where).";

    public static void AddActionability(this NodeKindGraphType variantType)
    {
        variantType.Field("actionability", NonNullListOf(Ref("Actionability")))
            .Description($"{Levels} Empty when no fact links the variant to the drug.")
            .Argument<StringGraphType>("drug", "Only this drug, by key, name, alias or outside id in the tiers of resolve(names:) (among the drugs the variant's facts reach: an unknown name gives an empty list, Query.actionability reports it; AMBIGUOUS_NAME when two of them share it); every drug when omitted.")
            .Resolve().WithServices<NeighboursDataLoader, NodesByIdDataLoader>()
            .Resolve((c, neighbours, nodes) =>
            {
                var drug = c.GetArgument<string?>("drug");
                return ActionabilityFacts.Gather(neighbours, nodes, c.Source, graph => Findings(graph, c.Source.Id, drug));
            });
    }

    public static void AddActionability(this ObjectGraphType query)
    {
        query.Field("actionability", new ListGraphType(new NonNullGraphType(Ref("Actionability"))))
            .Description($"{Levels} Null when no variant has the name; a BAD_ARGUMENT error when no drug has the drug name.")
            .Argument<NonNullGraphType<StringGraphType>>("variant", "The variant by key, name, alias or outside id as variant(name:) reads it, e.g. YVMA, ERBB2:A775_G776insYVMA or NM_004448.4:c.2313_2324dup.")
            .Argument<StringGraphType>("drug", "Only this drug, by key, name, alias or outside id; every drug the facts reach when omitted.")
            .Resolve().WithServices<NodeLookup, NeighboursDataLoader, NodesByIdDataLoader>()
            .ResolveAsync(async (c, lookup, neighbours, nodes) =>
            {
                if (await lookup.FindAsync(NodeKind.Variant, c.GetArgument<string>("variant"), c.CancellationToken) is not { } variant) return null;
                string? drugId = null;
                if (c.GetArgument<string?>("drug") is { } name)
                    drugId = (await lookup.FindAsync(NodeKind.Drug, name, c.CancellationToken))?.Id ?? throw Errors.BadArgument($"no drug has the name, alias or id '{name}'");
                return ActionabilityFacts.Gather(neighbours, nodes, variant, graph => ActionabilityEvaluator.Evaluate(graph, variant.Id, drugId));
            });
    }

    private static IReadOnlyList<ActionabilityFinding> Findings(ActionabilityGraph graph, string variantId, string? drug)
    {
        if (drug is null) return ActionabilityEvaluator.Evaluate(graph, variantId);
        // The lookup's tiers among the drugs the facts reach: a name two of them share is an error, not a pick.
        var match = NodeLookup.Single(NameTiers.Among(drug, graph.Nodes.Where(n => n.Kind == NodeKind.Drug).ToList()));
        return match is null ? [] : ActionabilityEvaluator.Evaluate(graph, variantId, match.Id);
    }
}
