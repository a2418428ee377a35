using System.Text;
using System.Xml;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// The graph as GraphML (<c>her2graph-v&lt;version&gt;.graphml</c>), which Gephi, yEd, Cytoscape and networkx open:
/// a <c>&lt;key&gt;</c> declaration for every attribute (typed: whole numbers <c>long</c>, figures <c>double</c>,
/// flags <c>boolean</c>, the rest <c>string</c>, lists joined with "; "), one directed graph, node ids the natural
/// keys, edge ids the relationship keys. <c>label</c> is the name (Gephi's label column).
/// </summary>
internal sealed class GraphMlFormat : IExportFormat
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string Name)[] NodeFields =
        [("label", "label"), ("kind", "kind"), ("aliases", "aliases"), ("status", "status"), ("statusNote", "statusNote"), ("citations", "citations"), ("xrefs", "xrefs")];

    private static readonly (string Id, string Name)[] EdgeFields =
        [("type", "type"), ("qualifier", "qualifier"), ("status", "status"), ("statusNote", "statusNote"), ("citations", "citations"), ("evidenceLevel", "evidenceLevel")];

    public string Name => "graphml";

    public bool IsFolder => false;

    public async Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outDirectory, ExportNames.Prefix(snapshot.Version) + ".graphml");
        Directory.CreateDirectory(outDirectory);
        var nodeColumns = FlatValues.Columns(snapshot.Nodes.Select(n => n.Properties),
            name => FlatValues.CommonType(NodeKinds.All.Select(k => k.FindProperty(name))));
        var edgeColumns = FlatValues.Columns(snapshot.Relationships.Select(r => r.Properties),
            name => FlatValues.CommonType(RelationshipTypes.All.Select(t => t.FindProperty(name))));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(path, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("graphml", Namespace);
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            writer.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var (id, name) in NodeFields) Key(writer, "n_" + id, "node", name, "string");
            foreach (var (name, type) in nodeColumns) Key(writer, "n_p_" + name, "node", "p_" + name, TypeOf(type));
            foreach (var (id, name) in EdgeFields) Key(writer, "e_" + id, "edge", name, "string");
            foreach (var (name, type) in edgeColumns) Key(writer, "e_p_" + name, "edge", "p_" + name, TypeOf(type));
            Key(writer, "g_graphId", "graph", "graphId", "string");
            Key(writer, "g_graphVersion", "graph", "graphVersion", "long");

            writer.WriteStartElement("graph", Namespace);
            writer.WriteAttributeString("id", ExportNames.Prefix(snapshot.Version));
            writer.WriteAttributeString("edgedefault", "directed");
            Data(writer, "g_graphId", snapshot.Version.GraphId);
            Data(writer, "g_graphVersion", snapshot.Version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var node in snapshot.Nodes)
            {
                writer.WriteStartElement("node", Namespace);
                writer.WriteAttributeString("id", FlatValues.XmlSafe(node.Id));
                Data(writer, "n_label", node.Name);
                Data(writer, "n_kind", node.Kind.ToString());
                Data(writer, "n_aliases", string.Join(FlatValues.ListSeparator, node.Aliases));
                Provenance(writer, "n_", node.Provenance);
                Data(writer, "n_xrefs", string.Join(FlatValues.ListSeparator, node.Xrefs.Select(x => x.Key)));
                foreach (var (name, value) in node.Properties) Data(writer, "n_p_" + name, FlatValues.Text(value));
                writer.WriteEndElement();
            }

            foreach (var relationship in snapshot.Relationships)
            {
                writer.WriteStartElement("edge", Namespace);
                writer.WriteAttributeString("id", FlatValues.XmlSafe(relationship.Key.ToString()));
                writer.WriteAttributeString("source", FlatValues.XmlSafe(relationship.FromId));
                writer.WriteAttributeString("target", FlatValues.XmlSafe(relationship.ToId));
                Data(writer, "e_type", relationship.Type.ToWireName());
                Data(writer, "e_qualifier", relationship.Qualifier);
                Provenance(writer, "e_", relationship.Provenance);
                if (relationship.Provenance.EvidenceLevel is { } level) Data(writer, "e_evidenceLevel", level.ToWireName());
                foreach (var (name, value) in relationship.Properties) Data(writer, "e_p_" + name, FlatValues.Text(value));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        await File.AppendAllTextAsync(path, "\n", cancellationToken);
        return [path];
    }

    private static void Provenance(XmlWriter writer, string prefix, Provenance provenance)
    {
        Data(writer, prefix + "status", provenance.Status.ToWireName());
        if (provenance.StatusNote is { } note) Data(writer, prefix + "statusNote", note);
        Data(writer, prefix + "citations", string.Join(FlatValues.ListSeparator, provenance.Citations.Select(c => c.Value)));
    }

    private static string TypeOf(PropertyType? type) => type switch
    {
        PropertyType.WholeNumber => "long",
        PropertyType.Number or PropertyType.Percent => "double",
        PropertyType.Flag => "boolean",
        _ => "string",
    };

    private static void Key(XmlWriter writer, string id, string owner, string name, string type)
    {
        writer.WriteStartElement("key", Namespace);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("for", owner);
        writer.WriteAttributeString("attr.name", name);
        writer.WriteAttributeString("attr.type", type);
        writer.WriteEndElement();
    }

    private static void Data(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(FlatValues.XmlSafe(value));
        writer.WriteEndElement();
    }
}
