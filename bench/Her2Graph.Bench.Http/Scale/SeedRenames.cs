using YamlDotNet.RepresentationModel;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>
/// How a record of the seed reads in copy i: node ids, names and aliases renamed, outside ids dropped, and every scalar
/// that names a (copied) node, in relationship ends and in properties, pointed at that node's copy.
/// </summary>
internal sealed class SeedRenames
{
    private readonly Dictionary<string, string> _kindById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shared;

    public SeedRenames(IEnumerable<(string Kind, IReadOnlyList<YamlMappingNode> Records)> nodeFiles, HashSet<string> sharedKinds)
    {
        _shared = sharedKinds;
        foreach (var (kind, records) in nodeFiles)
            foreach (var record in records) _kindById[((YamlScalarNode)record["id"]).Value!] = kind;
    }

    public YamlMappingNode Node(YamlMappingNode record, int copy)
    {
        if (copy == 0) return record;
        var result = new YamlMappingNode();
        foreach (var (key, value) in record.Children)
        {
            switch (((YamlScalarNode)key).Value)
            {
                case "id": result.Add(key, Quoted(Id(((YamlScalarNode)value).Value!, copy))); break;
                case "name": result.Add(key, Quoted(((YamlScalarNode)value).Value + Suffix(copy))); break;
                case "aliases":
                    result.Add(key, new YamlSequenceNode(((YamlSequenceNode)value).Children.Select(a => (YamlNode)Quoted(((YamlScalarNode)a).Value + Suffix(copy)))));
                    break;
                case "xrefs": break;
                case "properties": result.Add(key, References(value, copy)); break;
                default: result.Add(key, value); break;
            }
        }

        return result;
    }

    /// <summary>A relationship of copy <paramref name="copy"/>, its target in copy <paramref name="targetCopy"/> (the same copy, or another for a cross link).</summary>
    public YamlMappingNode Relationship(YamlMappingNode record, int copy, int targetCopy)
    {
        if (copy == 0 && targetCopy == 0) return record;
        var result = new YamlMappingNode();
        foreach (var (key, value) in record.Children)
        {
            result.Add(key, ((YamlScalarNode)key).Value switch
            {
                "from" => Quoted(Id(((YamlScalarNode)value).Value!, copy)),
                "to" => Quoted(Id(((YamlScalarNode)value).Value!, targetCopy)),
                "properties" => References(value, copy),
                _ => value,
            });
        }

        return result;
    }

    /// <summary>True when both ends are shared nodes (genes): such a relationship exists once, in copy 0.</summary>
    public bool BetweenShared(YamlMappingNode record) => IsShared(record["from"]) && IsShared(record["to"]);

    private bool IsShared(YamlNode end) => _kindById.TryGetValue(((YamlScalarNode)end).Value!, out var kind) && _shared.Contains(kind);

    private YamlNode References(YamlNode node, int copy) => node switch
    {
        YamlScalarNode scalar when scalar.Value is { } v && _kindById.ContainsKey(v) => Quoted(Id(v, copy)),
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(c => References(c, copy))),
        // A trial's registry id names the registration, not the node: it stays (copies share it).
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(c =>
            new KeyValuePair<YamlNode, YamlNode>(c.Key, ((YamlScalarNode)c.Key).Value == "registryId" ? c.Value : References(c.Value, copy)))),
        _ => node,
    };

    private string Id(string id, int copy)
    {
        if (copy == 0 || !_kindById.TryGetValue(id, out var kind) || _shared.Contains(kind)) return id;
        if (kind == "Trial") return id.Contains('/', StringComparison.Ordinal) ? $"{id}-s{copy}" : $"{id}/s{copy}";
        // A trial arm's id is "<trial id>: <qualifier>": it follows its trial.
        var colon = id.IndexOf(": ", StringComparison.Ordinal);
        if (kind == "TrialArm" && colon > 0 && _kindById.GetValueOrDefault(id[..colon]) == "Trial") return Id(id[..colon], copy) + id[colon..];
        return id + Suffix(copy);
    }

    private static string Suffix(int copy) => $" s{copy}";

    private static YamlScalarNode Quoted(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
}
