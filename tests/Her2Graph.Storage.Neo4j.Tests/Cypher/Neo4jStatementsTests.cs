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
        statements.AddRange(Traversals());
        statements.AddRange(RelationshipListings());
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

    // Traversal levels exercising every operator on both scopes, links in filters and sort keys, both reaches and aggregates.
    private static IEnumerable<(string, string)> Traversals()
    {
        var approvals = new LinkPattern([RelationshipType.Approves], Direction.Incoming);
        var edge = new NodeFilter.AllOf(
        [
            Compare("exon", FilterOperator.GreaterThan, 19),
            Compare(NodeFields.Kind, FilterOperator.Equal, "Variant"),
            OnEdge("anyGradePercent", FilterOperator.GreaterThanOrEqual, 12.5),
            OnEdge("anyGradePercent", FilterOperator.LessThan, 30),
            OnEdge("n", FilterOperator.LessThanOrEqual, 100),
            OnEdge("n", FilterOperator.In, new List<int> { 91, 101 }),
            OnEdge("arm", FilterOperator.Contains, "cohort"),
            OnEdge("arm", FilterOperator.StartsWith, "NCT"),
            OnEdge(RelationshipFields.Status, FilterOperator.Equal, "VERIFIED"),
            OnEdge(RelationshipFields.Type, FilterOperator.In, new List<string> { "SENSITIVE_TO" }),
            OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.IsNull, false),
            OnEdge("grade3To4Percent", FilterOperator.IsNull, true),
            Compare(NodeFields.Aliases, FilterOperator.IsNull, true),
            new NodeFilter.Negate(OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.Contains, "trial")),
            new NodeFilter.AnyOf(
            [
                new NodeFilter.Linked(approvals, FilterOperator.GreaterThanOrEqual, 1),
                new NodeFilter.Linked(approvals, FilterOperator.Equal, 0),
                new NodeFilter.Linked(new LinkPattern([], Direction.Both, NodeKind.TrialArm, new NodeFilter.Linked(
                    new LinkPattern([RelationshipType.HasAdverseEvent], Direction.Outgoing, null, OnEdge("anyGradePercent", FilterOperator.GreaterThan, 10)),
                    FilterOperator.GreaterThan, 2)), FilterOperator.LessThan, 3),
            ]),
        ]);
        NodeOrder[] order =
        [
            new("anyGradePercent", SortDirection.Descending, FilterScope.Relationship),
            new(RelationshipFields.EvidenceLevel, SortDirection.Ascending, FilterScope.Relationship),
            new(RelationshipFields.Type, SortDirection.Ascending, FilterScope.Relationship),
            new("exon"),
            new("approvals", SortDirection.Descending, Counted: approvals),
        ];
        var aggregate = new AggregateRequest(
            [new(FilterScope.Relationship, "anyGradePercent"), new(FilterScope.Node, "orrPercent"), new(FilterScope.Relationship, RelationshipFields.Status)],
            [new(FilterScope.Node, NodeFields.Kind), new(FilterScope.Node, NodeFields.Aliases), new(FilterScope.Relationship, "notes"), new(FilterScope.Relationship, RelationshipFields.EvidenceLevel)]);
        var arms = new LinkPattern([RelationshipType.Evaluates], Direction.Incoming, NodeKind.TrialArm, Compare("orrPercent", FilterOperator.GreaterThanOrEqual, 20));
        yield return ("Neighbours(every operator, order, aggregates)", Traversal(
            new NeighbourBranch("plain", ["a"], new LinkPattern([], Direction.Both)),
            new NeighbourBranch("where", ["a", "b"], new LinkPattern([RelationshipType.SensitiveTo, RelationshipType.HasAdverseEvent], Direction.Outgoing, NodeKind.Drug, edge), order, Aggregate: aggregate),
            new NeighbourBranch("counts", ["a"], new LinkPattern([RelationshipType.Targets], Direction.Incoming), Rows: false, Aggregate: aggregate)));
        yield return ("Neighbours(via hop and closures)", Traversal(
            new NeighbourBranch("hop", ["a"], new LinkPattern([RelationshipType.HasAdverseEvent], Direction.Outgoing), Via: new Reach.Hop(arms), Aggregate: aggregate),
            new NeighbourBranch("classes", ["a"], new LinkPattern([RelationshipType.Studies], Direction.Incoming), order, Via: new Reach.Closure(RelationshipType.MemberOf, Direction.Outgoing)),
            new NeighbourBranch("members", ["a"], new LinkPattern([RelationshipType.MemberOf], Direction.Both), Rows: false, Via: new Reach.Closure(RelationshipType.MemberOf, Direction.Incoming)),
            new NeighbourBranch("either", ["a"], new LinkPattern([], Direction.Incoming), Via: new Reach.Closure(RelationshipType.SubtypeOf, Direction.Both))));
        yield return ("ListNodes(linked, counted order, aggregates)", Listing(new NodeListQuery(
            NodeKind.Drug,
            new NodeFilter.AllOf([new NodeFilter.Linked(approvals, FilterOperator.GreaterThan, 1), Compare("drugClass", FilterOperator.IsNull, false)]),
            [new("approvals", SortDirection.Descending, Counted: approvals)],
            First: 3,
            After: new KeysetCursor("count(approvals):desc", [2], "id").Encode(),
            Aggregate: new AggregateRequest([new(FilterScope.Node, "orrPercent")], [new(FilterScope.Node, "drugClass"), new(FilterScope.Node, NodeFields.Aliases)]))));
    }

    // Relationship listings (the evidence list) exercising both end scopes, links of an end, end-of-kind keys and aggregates.
    private static IEnumerable<(string, string)> RelationshipListings()
    {
        var approvals = new LinkPattern([RelationshipType.Approves], Direction.Incoming);
        var filter = new NodeFilter.AnyOf(
        [
            new NodeFilter.AllOf([OnEnd(FilterScope.From, NodeFields.Kind, FilterOperator.Equal, "TrialArm"), OnEnd(FilterScope.From, "orrPercent", FilterOperator.GreaterThanOrEqual, 20)]),
            new NodeFilter.AllOf([OnEnd(FilterScope.To, NodeFields.Aliases, FilterOperator.Contains, "t-dx"), new NodeFilter.Negate(OnEnd(FilterScope.To, "drugClass", FilterOperator.In, new List<string> { "ADC" }))]),
            OnEnd(FilterScope.To, NodeFields.Aliases, FilterOperator.IsNull, true),
            OnEdge("n", FilterOperator.GreaterThan, 30),
            OnEdge(RelationshipFields.Status, FilterOperator.Equal, "VERIFIED"),
            new NodeFilter.Linked(approvals, FilterOperator.GreaterThanOrEqual, 1, FilterScope.To),
            new NodeFilter.Linked(approvals, FilterOperator.GreaterThan, 2, FilterScope.From),
        ]);
        NodeOrder[] order =
        [
            NodeOrder.AtEnd(NodeKind.TrialArm, "orrPercent", SortDirection.Descending),
            new(NodeFields.Name, SortDirection.Ascending, FilterScope.To),
            new("n", SortDirection.Descending, FilterScope.Relationship),
        ];
        var cursor = new KeysetCursor(KeysetCursor.Signature(order), [null, "poziotinib", 30], "a|HAS_ARM|b|").Encode();
        var aggregate = new AggregateRequest(
            [FieldRef.AtEnd(NodeKind.TrialArm, "orrPercent"), new(FilterScope.Relationship, "n"), new(FilterScope.From, "n")],
            [new(FilterScope.Relationship, RelationshipFields.Type), new(FilterScope.To, NodeFields.Kind), FieldRef.AtEnd(NodeKind.Drug, "drugClass"), FieldRef.AtEnd(NodeKind.Drug, NodeFields.Aliases), FieldRef.AtEnd(NodeKind.Drug, NodeFields.Status)]);
        yield return ("ListRelationships(ends, links, end keys, aggregates)", RelationshipListing(new RelationshipListQuery(
            [RelationshipType.HasArm, RelationshipType.HasAdverseEvent, RelationshipType.SensitiveTo], filter, order, First: 2, After: cursor, Before: cursor, Aggregate: aggregate)));
        yield return ("ListRelationships(every type, backward)", RelationshipListing(new RelationshipListQuery(
            [], null, [], Last: 2, Before: new KeysetCursor("r.type:asc", ["HAS_ARM"], "a|HAS_ARM|b|").Encode())));
    }

    private static string RelationshipListing(RelationshipListQuery query) => Neo4jRelationshipLister.Statement(KeysetPaging.Of(query), query).Statement;

    private static NodeFilter.Compare OnEnd(FilterScope end, string field, FilterOperator op, object value) =>
        new(field, op, JsonSerializer.SerializeToElement(value), end);

    private static string Traversal(params NeighbourBranch[] branches) => Neo4jNeighbourReader.Statement(branches).Statement;

    private static NodeFilter.Compare OnEdge(string field, FilterOperator op, object value) =>
        new(field, op, JsonSerializer.SerializeToElement(value), FilterScope.Relationship);

    private static string Listing(NodeListQuery query) => Neo4jNodeLister.Statement(KeysetPaging.Of(query), query).Statement;

    private static NodeFilter.Compare Compare(string field, FilterOperator op, object value) => new(field, op, JsonSerializer.SerializeToElement(value));
}
