using System.Collections;
using System.Reflection;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Listing;
using Her2Graph.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Her2Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every Cypher statement the adapter can send, through Neo4j's own parser: the fixed ones found by reflection over
/// <see cref="Neo4jStatements"/>, and listings generated from filters and cursors that use every translation.
/// </summary>
public sealed class Neo4jStatementsTests(ITestOutputHelper output)
{
    [Fact]
    public void Statements_Enumerated_CoverTheWholeFile()
    {
        Assert.True(AllStatements().Count > 20, $"only {AllStatements().Count} statements found");
    }

    [Fact]
    public void Statements_All_AreOneLineAndUseParametersForValues()
    {
        Assert.All(AllStatements(), s =>
        {
            Assert.DoesNotContain('\n', s.Statement);
            Assert.DoesNotContain('\r', s.Statement);

            // Values are bound: the only quoted literal in any statement is the empty string reduce() starts from.
            Assert.DoesNotContain('"', s.Statement);
            Assert.Equal(s.Statement.Count(c => c == '\''), 2 * (s.Statement.Split("''").Length - 1));
        });
    }

    [SkippableFact]
    public async Task Statements_All_PassNeo4jsCypherParser()
    {
        Requirement.SkipIfMissing(CypherLinter.Unavailable);

        var findings = await CypherLinter.LintAsync(AllStatements());

        // Warnings (deprecations, performance hints) are shown, not failed: they may concern newer Neo4j versions only.
        foreach (var warning in findings.Where(f => f.Severity != 1)) output.WriteLine($"warning: {warning}");
        var errors = findings.Where(f => f.Severity == 1).ToList();
        Assert.True(errors.Count == 0, "Cypher errors:\n" + string.Join('\n', errors));
    }

    [SkippableFact]
    public async Task Statements_All_NameOnlyLabelsTypesAndPropertiesTheWriterWrites()
    {
        Requirement.SkipIfMissing(CypherLinter.Unavailable);
        var schema = await AdapterSchema.ReadAsync();

        var findings = await CypherLinter.LintAsync(AllStatements(), schema);

        Assert.True(findings.Count == 0, "Cypher findings against the written schema:\n" + string.Join('\n', findings));
    }

    [SkippableFact]
    public async Task Linter_BrokenStatement_IsReported()
    {
        Requirement.SkipIfMissing(CypherLinter.Unavailable);

        var findings = await CypherLinter.LintAsync([("broken", "MATCH (n:GraphNode RETURN m")]);

        Assert.Contains(findings, f => f.Severity == 1);
    }

    [SkippableFact]
    public async Task Linter_MisspeltPropertyOrType_IsReportedAgainstTheSchema()
    {
        Requirement.SkipIfMissing(CypherLinter.Unavailable);
        var schema = await AdapterSchema.ReadAsync();

        var findings = await CypherLinter.LintAsync([("typo", "MATCH (n:GraphNode)-[r:TARGET]->(m) RETURN n.statusnote, r.qualifier")], schema);

        Assert.Equal(2, findings.Count);
        Assert.Contains("searchText", schema.PropertyKeys);
        Assert.Contains("p_drugClass", schema.PropertyKeys);
    }

    internal static IReadOnlyList<(string Name, string Statement)> AllStatements()
    {
        var statements = new List<(string, string)>();
        foreach (var property in typeof(Neo4jStatements).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            switch (property.GetValue(null))
            {
                case string text:
                    statements.Add((property.Name, text));
                    break;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map) statements.Add(($"{property.Name}[{entry.Key}]", (string)entry.Value!));
                    break;
                case IEnumerable<string> list:
                    statements.AddRange(list.Select((text, i) => ($"{property.Name}[{i}]", text)));
                    break;
            }
        }

        statements.AddRange(Listings());
        return statements;
    }

    // Listings exercising every filter operator, combinator, sort key kind and both cursor directions.
    private static IEnumerable<(string, string)> Listings()
    {
        var filter = new NodeFilter.AnyOf(
        [
            new NodeFilter.AllOf([Compare("exon", FilterOperator.GreaterThan, 19), Compare("exon", FilterOperator.LessThanOrEqual, 20.5)]),
            new NodeFilter.Negate(Compare(NodeFields.Aliases, FilterOperator.StartsWith, "enh")),
            Compare(NodeFields.Name, FilterOperator.Contains, "g776"),
            Compare(NodeFields.Id, FilterOperator.In, new List<string> { "a", "b" }),
            Compare(NodeFields.Status, FilterOperator.Equal, "VERIFIED"),
            Compare("drugClass", FilterOperator.GreaterThanOrEqual, "A"),
            Compare("drugClass", FilterOperator.LessThan, "Z"),
            new NodeFilter.AllOf([]),
            new NodeFilter.AnyOf([]),
        ]);
        NodeOrder[] order = [new("exon", SortDirection.Descending), new(NodeFields.Name)];
        var cursor = new KeysetCursor(KeysetCursor.Signature(order), [20, "x"], "id").Encode();
        var missing = new KeysetCursor(KeysetCursor.Signature(order), [null, "x"], "id").Encode();
        yield return ("ListNodes(filter, after, before)", Listing(new NodeListQuery(NodeKind.Variant, filter, order, First: 2, After: cursor, Before: missing)));
        yield return ("ListNodes(backward)", Listing(new NodeListQuery(null, null, [], Last: 2, Before: new KeysetCursor("name:asc", ["m"], "id").Encode())));
    }

    private static string Listing(NodeListQuery query) => Neo4jNodeLister.Statement(KeysetPaging.Of(query), query).Statement;

    private static NodeFilter.Compare Compare(string field, FilterOperator op, object value) => new(field, op, JsonSerializer.SerializeToElement(value));
}
