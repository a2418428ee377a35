using System.Text.Json;
using Her2Graph.Bench.Http.Queries;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>
/// A canonical query shape, timed per graph size: a document and, for request i, variables naming a different entity
/// (or page), so that no answer comes from the read cache and the store does the work each time.
/// </summary>
internal sealed record QueryShape(string Name, string Document, Func<GraphFacts, int, object> Variables)
{
    public byte[] Body(GraphFacts facts, int i) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query = Document, variables = Variables(facts, i) });

    public static IReadOnlyList<QueryShape> All() =>
    [
        new("lookup (3 by key)", "query($a: String!, $b: String!, $c: String!) { a: drug(name: $a) { name } b: variant(name: $b) { name } c: trial(id: $c) { name } }",
            (f, i) => new { a = Any(f.DrugKeys, i), b = Any(f.VariantKeys, i), c = Any(f.TrialKeys, i) }),
        new("one-level traversal (trial → arms)", "query($t: String!) { trial(id: $t) { name arms { nodes { key n orrPercent medianPfsMonths } } } }",
            (f, i) => new { t = Any(f.TrialKeys, i) }),
        new("two-level traversal (drug → arms → AEs)",
            "query($d: String!) { drug(name: $d) { name arms { edges { node { key trial { name } adverseEvents { edges { node { name } relationship { n anyGradePercent grade3PlusPercent } } } } } } } }",
            (f, i) => new { d = Any(f.DrugKeys, i) }),
        new("paths (variant → drug, ≤3 hops)", "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3, first: 5) { length nodes { key } } }",
            (f, i) => new { from = Any(f.VariantKeys, i), to = Any(f.DrugKeys, i) }),
        new("search (a drug's name)", "query($s: String!) { search(text: $s, first: 8) { node { __typename key name } matchedField } }",
            (f, i) => new { s = Any(f.SearchWords, i) }),
        new("filtered list (TKIs)", "query($n: Int!) { drugs(where: { drugClass: { eq: \"TKI\" } }, first: $n) { totalCount nodes { key name } } }",
            (_, i) => new { n = 1 + (i % 100) }),
        new("aggregate (FDA-approved drugs: count, order, facets)",
            "query($n: Int!) { drugs(where: { approvals: { some: { node: { authority: { eq: FDA } } } } }, order: [{ field: APPROVALS_COUNT, direction: DESC }], first: $n) { totalCount nodes { name } facets { drugClass { value count } } } }",
            (_, i) => new { n = 1 + (i % 100) }),
    ];

    // The facts are shuffled once per size, so request i names the i-th entity of a random order: all distinct while there are enough.
    private static string Any(IReadOnlyList<string> values, int i) => values[i % values.Count];
}
