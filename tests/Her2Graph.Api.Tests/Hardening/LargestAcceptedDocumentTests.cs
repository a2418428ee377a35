using System.Diagnostics;
using System.Text;
using Her2Graph.Api.Tests.Support;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// The documents closest to every limit at once pass the pre-pass, and what the engine's quadratic rules
/// (OverlappingFieldsCanBeMerged, UniqueDirectivesPerLocation) then cost on them is recorded, not asserted.
/// </summary>
public sealed class LargestAcceptedDocumentTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private static readonly string[] LimitCodes =
    [
        "TOO_MANY_ALIASES", "TOO_MANY_FIELDS", "DUPLICATE_RESPONSE_KEY", "TOO_MANY_DIRECTIVES", "DUPLICATE_DIRECTIVE",
        "SEARCH_TEXT_TOO_LONG", "FILTER_TOO_LARGE", "FILTER_TOO_DEEP", "LIST_TOO_LONG", "STRING_TOO_LONG", "QUERY_TOO_LARGE",
    ];

    public static TheoryData<string> Shapes => ["merged-fields", "fragments-side-by-side", "fragment-chain", "doubling-fragments", "everything-at-the-limit"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task LargestAcceptedDocument_PassesThePrePass_AndItsCostIsRecorded(string shape)
    {
        using var client = api.CreateGraphQLClient();
        var document = Build(shape);
        await client.PostAsync(document);

        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(document);
        clock.Stop();

        output.WriteLine($"{shape}: {document.Length} characters, HTTP {(int)response.StatusCode}, {clock.Elapsed.TotalMilliseconds:F1} ms, {response.Body.Length} bytes, errors: {string.Join(", ", response.ErrorCodes.Distinct())}");
        Assert.DoesNotContain(response.ErrorCodes, code => LimitCodes.Contains(code));
    }

    private static string Build(string shape) => shape switch
    {
        // 100 fields under one key, merged: the engine compares every pair of them, and of their sub-selections.
        "merged-fields" => $"{{ {Repeat("drugs(first: 1) { nodes { name } }", 100)} }}",
        // 100 fragments spread in one selection set: the engine compares every pair of fragments.
        "fragments-side-by-side" => "{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"...F{i} ")) + "}\n"
            + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ graph {{ version }} }}\n")),
        // Each fragment spreads the next and adds a field: 99 fragments deep, 100 fields at the root once merged.
        "fragment-chain" => "{ ...F0 }\n"
            + string.Concat(Enumerable.Range(0, 99).Select(i => $"fragment F{i} on Query {{ __typename{(i < 98 ? $" ...F{i + 1}" : "")} }}\n")),
        // The shape of the existing QuerySize test at the largest size it still accepts (2^12 copies).
        "doubling-fragments" => Doubling(12),
        // 15 aliases, 100 fields, 50 directives and the longest literals, in one document.
        "everything-at-the-limit" => "{ "
            + string.Join(' ', Enumerable.Range(0, 15).Select(i => $"s{i}: search(text: \"{string.Join(' ', Enumerable.Repeat("her2", 64))}\", first: 10) {{ score }}"))
            + " " + Repeat("__typename @include(if: true)", 50)
            + " " + Repeat("graph { version }", 35)
            + " }",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Repeat(string selection, int times) => string.Join(' ', Enumerable.Repeat(selection, times));

    private static string Doubling(int levels)
    {
        var document = new StringBuilder("query { ...F").Append(levels).Append(" }\nfragment F0 on Query { graph { version } }\n");
        for (var i = 1; i <= levels; i++)
            document.Append($"fragment F{i} on Query {{ ...F{i - 1} g{i}: graph {{ v{i}: version }} ...F{i - 1} }}\n");
        return document.ToString();
    }
}
