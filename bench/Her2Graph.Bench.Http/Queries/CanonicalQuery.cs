using System.Text.Json;
using System.Text.RegularExpressions;

namespace Her2Graph.Bench.Http.Queries;

/// <summary>
/// One canonical query: its document as the IDE example writes it (the warm request, repeated), and the same document
/// with one literal turned into a variable (the cold requests: a new value each request, drawn from the graph's facts).
/// </summary>
internal sealed partial record CanonicalQuery(string Name, string Title, string Document, string ColdDocument, Func<GraphFacts, int, JsonElement> ColdVariables)
{
    public byte[] WarmBody() => JsonSerializer.SerializeToUtf8Bytes(new { query = Document });

    public IReadOnlyList<byte[]> ColdBodies(GraphFacts facts, int count) =>
        Enumerable.Range(0, count).Select(i => JsonSerializer.SerializeToUtf8Bytes(new { query = ColdDocument, variables = ColdVariables(facts, i) })).ToList();

    /// <summary>An example file with <paramref name="literal"/> replaced by <c>$v</c> of <paramref name="type"/>.</summary>
    public static CanonicalQuery FromExample(string name, string title, string file, string literal, Func<GraphFacts, IReadOnlyList<string>> values, string type = "String!")
    {
        var document = File.ReadAllText(Path.Combine(Hosting.Repository.Examples, file));
        if (!document.Contains(literal, StringComparison.Ordinal)) throw new InvalidOperationException($"{file} no longer contains {literal}");
        var header = OperationHeader().Match(document);
        if (!header.Success) throw new InvalidOperationException($"{file} has no 'query Name {{' line");
        var cold = document.Replace(literal, "$v", StringComparison.Ordinal)
            .Insert(header.Index + header.Length - 1, $"($v: {type}) ");
        return new CanonicalQuery(name, title, document, cold, (facts, i) => Variables(new { v = Pick(values(facts), i) }));
    }

    public static string Pick(IReadOnlyList<string> values, int i) => values[i % values.Count];

    public static JsonElement Variables(object value) => JsonSerializer.SerializeToElement(value);

    [GeneratedRegex(@"query \w+ \{")]
    private static partial Regex OperationHeader();
}
