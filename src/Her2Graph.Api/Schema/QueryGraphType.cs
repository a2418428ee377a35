using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Changes;
using Her2Graph.Api.Schema.Listing;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema;

/// <summary>The root query: lookups by key or alias, a connection per kind, search, paths and graph information.</summary>
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
    ];

    public QueryGraphType(List<IGraphType> generatedTypes)
    {
        Name = "Query";
        Description = "Reads of the HER2 graph and its change log. All reads are public.";

        this.Add("node", Ref("Node"), "A node by its global id.",
            c => Nodes(c).Load(NodeLookup.KeyOf(c.GetArgument<string>("id"))),
            [new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id", Description = "A global id (Node.id)." }]);
        this.Add("nodes", NonNull(new ListGraphType(Ref("Node"))), "Nodes by global ids, in the order asked; null where an id is unknown.",
            c => c.GetArgument<List<string>>("ids").Select(id => Nodes(c).Load(NodeLookup.KeyOf(id))).ToList(),
            [new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>> { Name = "ids", Description = "Global ids." }]);

        foreach (var (kind, lookup, argument, listing, example) in Kinds)
        {
            this.AddAsync(lookup, Ref(kind.ToString()), $"A {kind} by its key or any name or alias, ignoring case and punctuation, e.g. {example}.",
                c => c.RequestServices!.GetRequiredService<NodeLookup>().FindAsync(kind, c.GetArgument<string>(argument), c.CancellationToken),
                [new QueryArgument<NonNullGraphType<StringGraphType>> { Name = argument, Description = $"Key, name or alias, e.g. {example}." }]);
            generatedTypes.AddRange(this.AddNodeListing(NodeKinds.Get(kind), listing));
        }

        this.AddAsync("search", NonNullListOf(Ref("SearchHit")), "Ranked full-text search over names, aliases, codes and class words (exon 20, ADC, pan-HER); each word matches as a prefix.",
            c => Store(c).SearchAsync(new SearchQuery(c.GetArgument<string>("text"), c.GetArgument<List<NodeKind>?>("kinds"), CheckedFirst(c)), c.CancellationToken),
            [
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "text", Description = "Words to find." },
                new QueryArgument(new ListGraphType(NonNullRef("NodeKind"))) { Name = "kinds", Description = "Only these kinds; all when omitted." },
                new QueryArgument<IntGraphType> { Name = "first", DefaultValue = 10, Description = $"How many hits at most (1 to {PageRequest.MaxPageSize})." },
            ]);

        this.AddAsync("paths", NonNullListOf(Ref("Path")), $"Simple paths between two nodes, relationships walked either way, shortest first (at most {PathQuery.MaxHopsLimit} hops).",
            c => Store(c).FindPathsAsync(PathQueryOf(c), c.CancellationToken),
            [
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "from", Description = "Start: a global id or a natural key." },
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "to", Description = "End: a global id or a natural key." },
                new QueryArgument<IntGraphType> { Name = "maxHops", DefaultValue = 4, Description = $"Longest path, in relationships (1 to {PathQuery.MaxHopsLimit})." },
                new QueryArgument(new ListGraphType(NonNullRef("RelationshipType"))) { Name = "relationshipTypes", Description = "Relationship types a path may use; all when omitted." },
                new QueryArgument<IntGraphType> { Name = "first", DefaultValue = 10, Description = $"How many paths at most (1 to {PageRequest.MaxPageSize})." },
            ]);

        this.AddAsync("graph", NonNullRef("GraphInfo"), "The graph's version and node and relationship counts.", c => Store(c).GetStatisticsAsync(c.CancellationToken));

        this.AddChanges(generatedTypes);
    }

    private static PathQuery PathQueryOf(IResolveFieldContext context)
    {
        var maxHops = context.GetArgument("maxHops", 4);
        if (maxHops is < 1 or > PathQuery.MaxHopsLimit) throw Errors.BadArgument($"maxHops must be between 1 and {PathQuery.MaxHopsLimit}");
        return new PathQuery(
            NodeLookup.KeyOf(context.GetArgument<string>("from")),
            NodeLookup.KeyOf(context.GetArgument<string>("to")),
            maxHops,
            context.GetArgument<List<RelationshipType>?>("relationshipTypes"),
            CheckedFirst(context));
    }

    private static int CheckedFirst(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 10);
        return first is >= 1 and <= PageRequest.MaxPageSize ? first : throw Errors.BadArgument($"first must be between 1 and {PageRequest.MaxPageSize}");
    }

    private static IGraphStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    private static NodesByIdDataLoader Nodes(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NodesByIdDataLoader>();
}
