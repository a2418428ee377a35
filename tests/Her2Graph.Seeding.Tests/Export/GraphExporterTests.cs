using System.Text.Json;
using System.Xml.Linq;
using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Export;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>Exports of the real seed in every format: re-importable, parseable, counted, versioned and byte-identical.</summary>
public sealed class GraphExporterTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task ExportSeed_RepositorySeed_ReimportsToTheSameGraph()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");

        var export = await GraphExporter.ExportAsync(source, "seed", temp.PathOf("out"), null, CancellationToken.None);

        var check = await SeedImporter.CheckAsync(export.Root, ExistingNodes.None, TextWriter.Null, CancellationToken.None);
        Assert.Empty(check.Errors);
        var reimported = await temp.SeededAsync("reimported", export.Root);
        await GraphComparison.AssertSameContentAsync(source, reimported);
    }

    [Fact]
    public async Task ExportSeed_TextsToEscape_ReimportToTheSameGraph()
    {
        using var temp = new TempStores();
        var source = await temp.EmptyAsync("source");
        await TrickyGraph.WriteAsync(source);

        var export = await GraphExporter.ExportAsync(source, "seed", temp.PathOf("out"), null, CancellationToken.None);

        var reimported = await temp.SeededAsync("reimported", export.Root);
        await GraphComparison.AssertSameContentAsync(source, reimported);
    }

    [Fact]
    public async Task Export_EveryFormatTwiceAtOneVersion_IsByteIdenticalAndNamedWithTheVersion()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var version = await source.GetVersionAsync(CancellationToken.None);

        foreach (var format in GraphExporter.Formats)
        {
            var first = await GraphExporter.ExportAsync(source, format, temp.PathOf("first"), null, CancellationToken.None);
            var second = await GraphExporter.ExportAsync(source, format, temp.PathOf("second"), null, CancellationToken.None);

            Assert.NotEmpty(first.Files);
            Assert.Equal(version, first.Version);
            Assert.Equal(first.Files.Select(f => Path.GetRelativePath(temp.PathOf("first"), f)), second.Files.Select(f => Path.GetRelativePath(temp.PathOf("second"), f)));
            foreach (var (a, b) in first.Files.Zip(second.Files)) Assert.True(File.ReadAllBytes(a).SequenceEqual(File.ReadAllBytes(b)), $"{format}: {a} and {b} differ");
            Assert.All(first.Files, f => Assert.StartsWith($"her2graph-v{version.Number}", Path.GetFileName(f), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ExportGraphMl_RepositorySeed_ParsesWithEveryDataKeyDeclaredAndTheCounts()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var statistics = await source.GetStatisticsAsync(CancellationToken.None);

        var export = await GraphExporter.ExportAsync(source, "graphml", temp.PathOf("out"), null, CancellationToken.None);

        var document = XDocument.Load(export.Root);
        var keys = document.Root!.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var graph = document.Root.Element(GraphMl + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(GraphMl + "node").ToList();
        var edges = graph.Elements(GraphMl + "edge").ToList();
        Assert.Equal(statistics.NodeCounts.Values.Sum(), nodes.Count);
        Assert.Equal(statistics.RelationshipCounts.Values.Sum(), edges.Count);
        foreach (var (owner, elements) in new[] { ("node", nodes), ("edge", edges) })
        {
            Assert.All(elements.SelectMany(e => e.Elements(GraphMl + "data")), d => Assert.Equal(owner, keys[(string)d.Attribute("key")!]));
        }

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        var orr = document.Root.Elements(GraphMl + "key").Single(k => (string?)k.Attribute("attr.name") == "p_orrPercent");
        Assert.Equal("double", (string?)orr.Attribute("attr.type"));
    }

    [Fact]
    public async Task ExportCytoscape_RepositorySeed_HasElementsWithIdsSourcesAndTargets()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var statistics = await source.GetStatisticsAsync(CancellationToken.None);

        var export = await GraphExporter.ExportAsync(source, "cytoscape", temp.PathOf("out"), null, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(export.Root));
        var elements = json.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.Equal(statistics.NodeCounts.Values.Sum(), nodes.Count);
        Assert.Equal(statistics.RelationshipCounts.Values.Sum(), edges.Count);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(edges, e => Assert.True(ids.Contains(e.GetProperty("source").GetString()!) && ids.Contains(e.GetProperty("target").GetString()!)));
        Assert.Equal(edges.Count, edges.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(nodes.Concat(edges).SelectMany(d => d.EnumerateObject()), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind));
    }

    [Fact]
    public async Task ExportJson_RepositorySeed_HoldsEveryNodeAndRelationshipWithTheGraphVersion()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var snapshot = await GraphReader.ReadAsync(source, null, CancellationToken.None);

        var export = await GraphExporter.ExportAsync(source, "json", temp.PathOf("out"), null, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(export.Root));
        var root = json.RootElement;
        Assert.Equal(snapshot.Version.GraphId, root.GetProperty("graph").GetProperty("id").GetString());
        Assert.Equal(snapshot.Version.Number, root.GetProperty("graph").GetProperty("version").GetInt64());
        Assert.Equal(snapshot.Nodes.Select(n => n.Id), root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(snapshot.Relationships.Select(r => r.Key.ToString()), root.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(snapshot.Nodes.Sum(n => n.Xrefs.Count), root.GetProperty("nodes").EnumerateArray().Sum(n => n.GetProperty("xrefs").GetArrayLength()));
    }

    [Fact]
    public async Task ExportTsv_RepositorySeed_OneFilePerTypeWithAHeaderAndOneLinePerRelationship()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var statistics = await source.GetStatisticsAsync(CancellationToken.None);

        var export = await GraphExporter.ExportAsync(source, "tsv", temp.PathOf("out"), null, CancellationToken.None);

        var present = statistics.RelationshipCounts.Where(p => p.Value > 0).ToList();
        Assert.Equal(present.Count, export.Files.Count);
        foreach (var (type, count) in present)
        {
            var file = Assert.Single(export.Files, f => f.EndsWith($"-{type.ToSeedWord()}.tsv", StringComparison.Ordinal));
            var lines = await File.ReadAllLinesAsync(file);
            var header = lines[0].Split('\t');
            Assert.Equal(["key", "type", "from_id", "from_kind", "from_name", "to_id", "to_kind", "to_name"], header.Take(8));
            Assert.Equal(count, lines.Length - 1);
            Assert.All(lines, l => Assert.Equal(header.Length, l.Split('\t').Length));
        }
    }

    [Fact]
    public async Task ExportTsv_TabsAndLineBreaksInValues_AreEscapedOnOneLine()
    {
        using var temp = new TempStores();
        var source = await temp.EmptyAsync("source");
        await TrickyGraph.WriteAsync(source);

        var export = await GraphExporter.ExportAsync(source, "tsv", temp.PathOf("out"), null, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(Assert.Single(export.Files));
        Assert.Equal(2, lines.Length);
        var row = lines[1].Split('\t');
        Assert.Equal(lines[0].Split('\t').Length, row.Length);
        Assert.Equal(TsvFormat.Escape(TrickyGraph.Text), row[Array.IndexOf(lines[0].Split('\t'), "status_note")]);
        Assert.Contains("\\t", row[Array.IndexOf(lines[0].Split('\t'), "status_note")], StringComparison.Ordinal);
        Assert.Equal("REF: x; y; DOI:10.1000/xyz", row[Array.IndexOf(lines[0].Split('\t'), "citations")]);
    }

    [Fact]
    public async Task Export_UnknownFormat_NamesTheFormatsAndWritesNothing()
    {
        using var temp = new TempStores();
        var source = await temp.EmptyAsync("source");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => GraphExporter.ExportAsync(source, "xlsx", temp.PathOf("out"), null, CancellationToken.None));

        Assert.Contains("seed, json, cytoscape, graphml, tsv", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.PathOf("out")));
    }
}
