namespace Her2Graph.Bench.Http.Queries;

/// <summary>The canonical queries of issue 14: the lookup of three entities by alias and IDE examples 01, 04, 06, 07 and 09.</summary>
internal static class CanonicalQueries
{
    public const string Lookup = "lookup";

    public static IReadOnlyList<CanonicalQuery> All() =>
    [
        new(Lookup, "lookup of three entities by alias",
            """{ a: drug(name: "T-DXd") { name } b: variant(name: "YVMA") { name } c: trial(id: "DESTINY-Lung02") { name } }""",
            "query Lookup($a: String!, $b: String!, $c: String!) { a: drug(name: $a) { name } b: variant(name: $b) { name } c: trial(id: $c) { name } }",
            (facts, i) => CanonicalQuery.Variables(new
            {
                a = CanonicalQuery.Pick(facts.DrugKeys, i),
                b = CanonicalQuery.Pick(facts.VariantKeys, i),
                c = CanonicalQuery.Pick(facts.TrialKeys, i),
            })),
        CanonicalQuery.FromExample("01-drugs-for-yvma", "drugs for YVMA with class evidence (01)", "01-drugs-for-yvma.graphql", "\"YVMA\"", f => f.VariantKeys),
        CanonicalQuery.FromExample("04-trial-results", "trial results (04)", "04-trial-results.graphql", "\"DESTINY-Lung02\"", f => f.TrialKeys),
        CanonicalQuery.FromExample("06-drug-trials-aes", "drug → trials → adverse events (06)", "06-trial-adverse-events.graphql", "\"zongertinib\"", f => f.DrugKeys),
        CanonicalQuery.FromExample("07-search", "search (07)", "07-search-class-words.graphql", "\"exon 20\"", f => f.SearchWords),
        CanonicalQuery.FromExample("09-paths", "paths (09)", "09-paths-resistance-to-drug.graphql", "\"pyrotinib\"", f => f.DrugKeys, "ID!"),
    ];
}
