using YamlDotNet.RepresentationModel;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>
/// Writes a synthetic graph of the real seed's shape at <c>factor</c> × its size, in graph-seed format: copy 0 is the
/// seed itself, copy i renames every node but the genes (ids, names and aliases end in " s{i}"; a trial id gains a
/// "/s{i}" part, an arm's id follows its trial's) and keeps every relationship between its own nodes; the shared genes
/// become hubs, as ERBB2 is in the real graph. Outside ids stay with copy 0 only (they name one real thing). Random
/// links between copies (deterministic from <c>seed</c>: a trial enrolling another copy's variant, an arm reporting
/// another copy's adverse event) keep the copies from being islands.
/// </summary>
internal sealed class SyntheticSeed(string seedFolder, int factor, int seed)
{
    private const double CrossLinkShare = 0.1;
    private static readonly HashSet<string> SharedKinds = new(StringComparer.Ordinal) { "Gene" };
    private static readonly HashSet<string> CrossLinkedTypes = new(StringComparer.Ordinal) { "ENROLLS", "HAS_ADVERSE_EVENT" };
    private static readonly string[] Folders = ["nodes", "relationships"];

    public SyntheticSeedSummary Write(string outFolder)
    {
        var files = Folders
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(seedFolder, d), "*.yaml").Order(StringComparer.Ordinal).Select(f => (Dir: d, File: f)))
            .Select(f => (f.Dir, Name: Path.GetFileName(f.File), Document: Load(f.File)))
            .ToList();
        var renames = new SeedRenames(files.Where(f => f.Dir == "nodes").Select(f => ((string)f.Document["kind"]!, (IReadOnlyList<YamlMappingNode>)Records(f.Document, "nodes"))), SharedKinds);
        var random = new Random(seed);
        long nodes = 0, relationships = 0;

        foreach (var (dir, name, document) in files)
        {
            Directory.CreateDirectory(Path.Combine(outFolder, dir));
            var isNodes = dir == "nodes";
            var header = isNodes ? "kind" : "type";
            var listKey = isNodes ? "nodes" : "relationships";
            var headerValue = (string)document[header]!;
            var records = Records(document, listKey);
            var copied = new YamlSequenceNode();
            for (var copy = 0; copy < factor; copy++)
            {
                if (isNodes && copy > 0 && SharedKinds.Contains(headerValue)) break;
                foreach (var record in records)
                {
                    if (!isNodes && copy > 0 && renames.BetweenShared(record)) continue;
                    copied.Add(isNodes ? renames.Node(record, copy) : renames.Relationship(record, copy, copy));
                    if (!isNodes && copy > 0 && CrossLinkedTypes.Contains(headerValue) && random.NextDouble() < CrossLinkShare)
                    {
                        var other = random.Next(factor);
                        if (other != copy) copied.Add(renames.Relationship(record, copy, other));
                    }
                }
            }

            if (isNodes) nodes += copied.Children.Count;
            else relationships += copied.Children.Count;
            var output = new YamlMappingNode { { header, headerValue }, { listKey, copied } };
            using var writer = new StreamWriter(Path.Combine(outFolder, dir, name));
            new YamlStream(new YamlDocument(output)).Save(writer, assignAnchors: false);
        }

        return new SyntheticSeedSummary(factor, seed, nodes, relationships);
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(file);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Records(YamlMappingNode document, string key) =>
        document.Children.TryGetValue(key, out var list) && list is YamlSequenceNode sequence ? sequence.Children.Cast<YamlMappingNode>().ToList() : [];
}
