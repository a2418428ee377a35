using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Variants;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Resolution;

/// <summary>
/// <c>resolveVariants(notations:)</c>: a batch of report notations against the curated variants. The curated variants
/// are read once per request (a bounded listing of the kind) and the placement classes with one node read, however
/// many notations are asked; a notation that cannot be read is an entry with its error, not a failed batch.
/// </summary>
internal static class ResolveVariantsField
{
    public const int MaxNotations = 100;

    // The listing is paged; the curated ERBB2 variants fit in a few pages, and a graph that outgrows this bound is
    // refused rather than read without end.
    private const int MaxVariantPages = 20;

    public static void AddResolveVariants(this ObjectGraphType query)
    {
        query.Field("resolveVariants", NonNullListOf(Ref("VariantResolution")))
            .Description($"Reads up to {MaxNotations} variant notations as reports write them (HGVS p. three- or one-letter, legacy names such as A775_G776insYVMA, HGVS c. on NM_004448.4, HGVS g. on GRCh38 or GRCh37, chr17:pos ref>alt) and gives, in input order, the curated variants each matches (same DNA change or same protein change), or the classes a rule places it in, or why it cannot be placed.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notations", $"At most {MaxNotations} notations of at most {HgvsParser.MaxLength} characters each.")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (c, store) =>
            {
                var notations = c.GetArgument<List<string>>("notations");
                if (notations.Count > MaxNotations) throw Errors.BadArgument($"at most {MaxNotations} notations per request, not {notations.Count}");
                var resolver = await ResolverAsync(store, c.CancellationToken);
                return notations.Select(resolver.Resolve).ToList();
            });
    }

    private static async Task<VariantResolver> ResolverAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var variants = new List<GraphNode>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            if (page == MaxVariantPages) throw new ExecutionError($"the graph holds more than {MaxVariantPages * PageRequest.MaxPageSize} variants: resolveVariants reads at most that many");
            var result = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, [], PageRequest.MaxPageSize, after), cancellationToken);
            variants.AddRange(result.Nodes.Select(n => n.Node));
            if (!result.HasNextPage || result.Nodes.Count == 0) break;
            after = result.Nodes[^1].Cursor;
        }

        var classes = await store.GetNodesAsync([PlacementRules.Exon20Class], cancellationToken);
        return new VariantResolver(variants, classes.Where(p => p.Value.Kind == NodeKind.VariantClass).ToDictionary(p => p.Key, p => p.Value));
    }
}
