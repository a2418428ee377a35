using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Actionability;
using Her2Graph.Api.Schema.Changes;
using Her2Graph.Api.Schema.EvidenceList;
using Her2Graph.Api.Schema.Identifiers;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Api.Schema.Resolution;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema;

/// <summary>
/// The root query: lookups by key, name, alias or outside id (one at a time, or a list with resolve), a connection per
/// kind, search, paths and graph information.
/// </summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    private static readonly (NodeKind Kind, string Lookup, string Argument, string Listing, string Example)[] Kinds =
    [
        (NodeKind.Gene, "gene", "symbol", "genes", "ERBB2 or HER2"),
        (NodeKind.Variant, "variant", "name", "variants", "ERBB2:A775_G776insYVMA, YVMA, Y772_A775dup or S310F"),
        (NodeKind.VariantClass, "variantClass", "name", "variantClasses", "erbb2-exon20-insertions or its name"),
        (NodeKind.Drug, "drug", "name", "drugs", "trastuzumab deruxtecan, Enhertu, DS-8201 or T-DXd"),
        (NodeKind.Trial, "trial", "id", "trials", "NCT04644237 or DESTINY-Lung02"),
        (NodeKind.AdverseEvent, "adverseEvent", "name", "adverseEvents", "diarrhea or ILD/pneumonitis"),
        (NodeKind.ResistanceMechanism, "resistanceMechanism", "name", "resistanceMechanisms", "a slug or a name"),
        (NodeKind.Publication, "publication", "doi", "publications", "a DOI"),
        (NodeKind.TrialArm, "trialArm", "id", "trialArms", "NCT04644237: 5.4 mg/kg, primary analysis"),
        (NodeKind.Approval, "approval", "id", "approvals", "FDA: trastuzumab deruxtecan, 2022-08-11"),
        (NodeKind.Disease, "disease", "name", "diseases", "nsclc or its name"),
        (NodeKind.CompanionDiagnostic, "companionDiagnostic", "name", "companionDiagnostics", "oncomine-dx-target-test or its name"),
        (NodeKind.Pathway, "pathway", "name", "pathways", "pi3k-akt-mtor or its name"),
    ];

    public QueryGraphType(List<IGraphType> generatedTypes, GeneratedTypes shared)
    {
        Name = "Query";
        Description = "Reads of the HER2 graph and its change log. All reads are public.";

        Field("node", Ref("Node"))
            .Description("A node by its global id, or by an outside id: node(xref: \"CHEMBL:CHEMBL1201585\"), HGNC:3430, rs397516975, NM_004448.4:c.2313_2324dup. Give exactly one of id and xref.")
            .Argument<IdGraphType>("id", "A global id (Node.id).")
            .Argument<StringGraphType>("xref", "SCHEME:id as CrossReference.key writes it (CHEMBL:CHEMBL554, NCBI_GENE:2064, MEDDRA_PT:10012735), or a bare id only one scheme writes (DB14962, ENSG00000141736, rs397516975).")
            .Resolve().WithServices<NodesByIdDataLoader, XrefLookup>()
            .ResolveAsync(async (c, nodes, xrefs) =>
            {
                var (id, xref) = (c.GetArgument<string?>("id"), c.GetArgument<string?>("xref"));
                if ((id is null) == (xref is null)) throw Errors.BadArgument("give exactly one of id and xref");
                return id is not null ? await nodes.Load(NodeLookup.KeyOf(id)).GetResultAsync(c.CancellationToken) : await xrefs.FindAsync(xref!, null, c.CancellationToken);
            });
        Field("nodes", new NonNullGraphType(new ListGraphType(Ref("Node"))))
            .Description("Nodes by global ids, in the order asked; null where an id is unknown.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve().WithService<NodesByIdDataLoader>()
            .Resolve((c, nodes) => c.GetArgument<List<string>>("ids").Select(id => nodes.Load(NodeLookup.KeyOf(id))).ToList());

        foreach (var (kind, lookup, argument, listing, example) in Kinds)
        {
            Field(lookup, Ref(kind.ToString()))
                .Description($"A {kind} by its key, name, alias or outside id, e.g. {example}; null when none has it. Key beats name beats alias beats outside id (case and punctuation ignored but for the key), and a name that several nodes share in its strongest tier is an AMBIGUOUS_NAME error listing them: resolve(names:) gives every match.")
                .Argument<NonNullGraphType<StringGraphType>>(argument, $"Key, name, alias or outside id, e.g. {example}.")
                .Resolve().WithService<NodeLookup>()
                .ResolveAsync(async (c, nodes) => await nodes.FindAsync(kind, c.GetArgument<string>(argument), c.CancellationToken));
            generatedTypes.AddRange(this.AddNodeListing(NodeKinds.Get(kind), listing, shared));
        }

        this.AddEvidence(shared);
        this.AddResolve();
        this.AddResolveVariants();
        this.AddActionability();

        Field("search", NonNullListOf(Ref("SearchHit")))
            .Description("Ranked full-text search over names, aliases, codes and class words (exon 20, ADC, pan-HER); each word matches as a prefix.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to find.")
            .Argument(new ListGraphType(NonNullRef("NodeKind")), "kinds", a => a.Description = "Only these kinds; all when omitted.")
            .Argument<IntGraphType>("first", $"How many hits at most (1 to {PageRequest.MaxPageSize}).", a => a.DefaultValue = 10)
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (c, store) =>
                await store.SearchAsync(new SearchQuery(c.GetArgument<string>("text"), c.GetArgument<List<NodeKind>?>("kinds"), CheckedFirst(c)), c.CancellationToken));

        Field("paths", NonNullListOf(Ref("Path")))
            .Description($"Simple paths between two nodes, relationships walked either way, shortest first (at most {PathQuery.MaxHopsLimit} hops).")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Start: a global id, or a key, name, alias or outside id of any kind as resolve(names:) reads it (AMBIGUOUS_NAME when it names several nodes, BAD_ARGUMENT when none).")
            .Argument<NonNullGraphType<IdGraphType>>("to", "End: as from.")
            .Argument<IntGraphType>("maxHops", $"Longest path, in relationships (1 to {PathQuery.MaxHopsLimit}).", a => a.DefaultValue = 4)
            .Argument(new ListGraphType(NonNullRef("RelationshipType")), "relationshipTypes", a => a.Description = "Relationship types a path may use; all when omitted.")
            .Argument<IntGraphType>("first", $"How many paths at most (1 to {PageRequest.MaxPageSize}).", a => a.DefaultValue = 10)
            .Resolve().WithServices<IGraphStore, NodeLookup>()
            .ResolveAsync(async (c, store, lookup) => await store.FindPathsAsync(await PathQueryOfAsync(c, lookup), c.CancellationToken));

        Field("graph", NonNullRef("GraphInfo")).Description("The graph's version and node and relationship counts.")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (c, store) => await store.GetStatisticsAsync(c.CancellationToken));

        this.AddChanges(generatedTypes);
    }

    private static async Task<PathQuery> PathQueryOfAsync(IResolveFieldContext context, NodeLookup lookup)
    {
        var maxHops = context.GetArgument("maxHops", 4);
        if (maxHops is < 1 or > PathQuery.MaxHopsLimit) throw Errors.BadArgument($"maxHops must be between 1 and {PathQuery.MaxHopsLimit}");
        var first = CheckedFirst(context);
        var ends = await lookup.RequireAsync([context.GetArgument<string>("from"), context.GetArgument<string>("to")], context.CancellationToken);
        return new PathQuery(
            ends[0].Id,
            ends[1].Id,
            maxHops,
            context.GetArgument<List<RelationshipType>?>("relationshipTypes"),
            first);
    }

    private static int CheckedFirst(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 10);
        return first is >= 1 and <= PageRequest.MaxPageSize ? first : throw Errors.BadArgument($"first must be between 1 and {PageRequest.MaxPageSize}");
    }
}
