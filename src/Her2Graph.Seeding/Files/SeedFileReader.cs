using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;
using YamlDotNet.RepresentationModel;

namespace Her2Graph.Seeding.Files;

/// <summary>
/// Reads one seed file: a mapping with a <c>kind:</c> header and a <c>nodes:</c> list, or a <c>type:</c> header and a
/// <c>relationships:</c> list (graph-seed/README.md). Reports SYNTAX and UNKNOWN_FIELD itself; the rest is the validator's.
/// </summary>
internal static class SeedFileReader
{
    private static readonly string[] NodeFields = ["id", "name", "aliases", "status", "statusNote", "citations", "properties", "xrefs"];

    private static readonly string[] XrefFields = ["scheme", "id", "status", "source", "label", "otherAllele", "note"];

    private static readonly string[] RelationshipFields = ["from", "to", "qualifier", "status", "statusNote", "evidence", "citations", "properties"];

    public static SeedFileSummary Read(
        string fullPath, string path, List<NodeInput> nodes, List<RelationshipInput> relationships, List<ValidationError> errors)
    {
        var source = new YamlSource(path, errors);
        var root = SeedFileLoader.Load(fullPath, source, errors);
        if (root is null) return new SeedFileSummary(path, null, 0, false);
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var name = YamlSource.KeyOf(key);
            if (name is "kind" or "nodes" or "type" or "relationships") fields[name] = value;
            else source.Error(ErrorCodes.UnknownField, key, $"unknown field '{name}': a seed file has kind: and nodes:, or type: and relationships:");
        }

        if (fields.ContainsKey("kind") == fields.ContainsKey("type"))
        {
            source.Error(ErrorCodes.Syntax, root, fields.ContainsKey("kind")
                ? "a file holds nodes (kind:) or relationships (type:), not both"
                : "no header: a seed file starts with kind: <node kind> or type: <RELATIONSHIP_TYPE>");
            return new SeedFileSummary(path, null, 0, false);
        }

        return fields.TryGetValue("kind", out var kind)
            ? ReadNodes(source, root, kind, fields.GetValueOrDefault("nodes"), fields.GetValueOrDefault("relationships"), nodes)
            : ReadRelationships(source, root, fields["type"], fields.GetValueOrDefault("relationships"), fields.GetValueOrDefault("nodes"), relationships);
    }

    private static SeedFileSummary ReadNodes(
        YamlSource source, YamlMappingNode root, YamlNode kind, YamlNode? list, YamlNode? misplaced, List<NodeInput> nodes)
    {
        var header = Header(source, "kind", kind, misplaced);
        var records = Records(source, root, "nodes", list);
        if (header is null || records is null) return new SeedFileSummary(source.Path, null, 0, true);
        if (!NodeKinds.TryParse(header.Value, out _))
        {
            source.Error(ErrorCodes.UnknownKind, kind, UnknownNameMessages.Kind(header.Value));
        }

        foreach (var record in records)
        {
            var f = Fields(source, record, NodeFields, "node");
            nodes.Add(new NodeInput(
                source.At(record),
                header,
                Text(source, f, "id"),
                Text(source, f, "name"),
                f.TryGetValue("aliases", out var aliases) ? source.TextList("aliases", aliases) : [],
                Text(source, f, "status"),
                Text(source, f, "statusNote"),
                f.TryGetValue("citations", out var citations) ? source.TextList("citations", citations) : [],
                f.TryGetValue("properties", out var properties) ? source.Properties(properties) : [])
            {
                Xrefs = f.TryGetValue("xrefs", out var xrefs) ? Xrefs(source, xrefs) : [],
            });
        }

        return new SeedFileSummary(source.Path, header.Value, records.Count, true);
    }

    private static SeedFileSummary ReadRelationships(
        YamlSource source, YamlMappingNode root, YamlNode type, YamlNode? list, YamlNode? misplaced, List<RelationshipInput> relationships)
    {
        var header = Header(source, "type", type, misplaced);
        var records = Records(source, root, "relationships", list);
        if (header is null || records is null) return new SeedFileSummary(source.Path, null, 0, false);
        if (!WireNames.TryParseWireName<RelationshipType>(header.Value, out _))
        {
            source.Error(ErrorCodes.UnknownType, type, UnknownNameMessages.Type(header.Value));
        }

        foreach (var record in records)
        {
            var f = Fields(source, record, RelationshipFields, "relationship");
            relationships.Add(new RelationshipInput(
                source.At(record),
                header,
                Text(source, f, "from"),
                Text(source, f, "to"),
                Text(source, f, "qualifier"),
                Text(source, f, "status"),
                Text(source, f, "statusNote"),
                Text(source, f, "evidence"),
                f.TryGetValue("citations", out var citations) ? source.TextList("citations", citations) : [],
                f.TryGetValue("properties", out var properties) ? source.Properties(properties) : []));
        }

        return new SeedFileSummary(source.Path, header.Value, records.Count, false);
    }

    private static List<XrefInput> Xrefs(YamlSource source, YamlNode value)
    {
        if (YamlSource.IsNull(value)) return [];
        if (value is not YamlSequenceNode sequence)
        {
            source.Error(ErrorCodes.WrongType, value, "xrefs must be a list with one '- { scheme: …, id: …, status: … }' entry per id");
            return [];
        }

        var xrefs = new List<XrefInput>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                source.Error(ErrorCodes.WrongType, item, $"each entry of xrefs must be a mapping such as {{ scheme: chembl, id: CHEMBL554, status: verified }}, not a {YamlSource.ShapeOf(item)}");
                continue;
            }

            var f = Fields(source, entry, XrefFields, "cross-reference");
            xrefs.Add(new XrefInput(
                source.At(entry),
                Text(source, f, "scheme"),
                Text(source, f, "id"),
                Text(source, f, "status"),
                Text(source, f, "source"),
                Text(source, f, "label"),
                Text(source, f, "otherAllele"),
                Text(source, f, "note")));
        }

        return xrefs;
    }

    private static Located<string>? Header(YamlSource source, string name, YamlNode value, YamlNode? misplaced)
    {
        if (misplaced is not null)
        {
            source.Error(ErrorCodes.Syntax, misplaced, name == "kind"
                ? "a node file (kind:) has nodes:, not relationships:"
                : "a relationship file (type:) has relationships:, not nodes:");
        }

        if (value is YamlScalarNode { Value: { Length: > 0 } text } && !YamlSource.IsNull(value)) return new Located<string>(text, source.At(value));
        source.Error(ErrorCodes.Syntax, value, $"{name}: must name a {(name == "kind" ? "node kind" : "relationship type")}");
        return null;
    }

    private static List<YamlMappingNode>? Records(YamlSource source, YamlMappingNode root, string name, YamlNode? list)
    {
        if (list is not YamlSequenceNode sequence)
        {
            source.Error(ErrorCodes.Syntax, list ?? root, $"{name}: must be a list with one '- ' entry per record");
            return null;
        }

        var records = new List<YamlMappingNode>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode record) records.Add(record);
            else source.Error(ErrorCodes.Syntax, item, $"each entry of {name}: must be a mapping of fields, not a {YamlSource.ShapeOf(item)}");
        }

        return records;
    }

    private static Dictionary<string, YamlNode> Fields(YamlSource source, YamlMappingNode record, string[] allowed, string what)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in record.Children)
        {
            var name = YamlSource.KeyOf(key);
            if (allowed.Contains(name)) fields[name] = value;
            else source.Error(ErrorCodes.UnknownField, key, $"a {what} has no field '{name}': use {string.Join(", ", allowed)}");
        }

        return fields;
    }

    private static Located<string>? Text(YamlSource source, Dictionary<string, YamlNode> fields, string name) =>
        fields.TryGetValue(name, out var value) ? source.Text(name, value) : null;
}
