using System.Text;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// The flat download analysts ask CIViC and Open Targets for: one tab-separated file per relationship type
/// (<c>her2graph-v&lt;version&gt;-tsv/her2graph-v&lt;version&gt;-&lt;type&gt;.tsv</c>), a header row, one row per
/// relationship with both ends' ids (the natural keys), kinds and names, the qualifier, status, evidence level,
/// citations (joined with "; ") and one column per property of the type (lists joined with "; "). Backslash, tab,
/// line feed and carriage return in a value are written <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>, so a row is one line.
/// </summary>
internal sealed class TsvFormat : IExportFormat
{
    private static readonly string[] FixedColumns =
        ["key", "type", "from_id", "from_kind", "from_name", "to_id", "to_kind", "to_name", "qualifier", "status", "status_note", "evidence_level", "citations"];

    public string Name => "tsv";

    public bool IsFolder => true;

    public async Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken)
    {
        var prefix = ExportNames.Prefix(snapshot.Version);
        var folder = ExportNames.FreshFolder(outDirectory, prefix + "-tsv");
        var nodes = snapshot.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var group in snapshot.Relationships.GroupBy(r => r.Type).OrderBy(g => ExportNames.Kebab(g.Key), StringComparer.Ordinal))
        {
            var declared = RelationshipTypes.Get(group.Key).Properties.Select(p => p.Name).ToList();
            var columns = declared.Concat(group.SelectMany(r => r.Properties.Keys).Where(n => !declared.Contains(n)).Distinct().Order(StringComparer.Ordinal)).ToList();
            var path = Path.Combine(folder, $"{prefix}-{ExportNames.Kebab(group.Key)}.tsv");
            await using var writer = ExportNames.Text(path);
            await writer.WriteLineAsync(string.Join('\t', FixedColumns.Concat(columns)));
            foreach (var relationship in group)
            {
                var from = nodes[relationship.FromId];
                var to = nodes[relationship.ToId];
                var provenance = relationship.Provenance;
                IEnumerable<string> cells =
                [
                    relationship.Key.ToString(), relationship.Type.ToWireName(),
                    from.Id, from.Kind.ToString(), from.Name,
                    to.Id, to.Kind.ToString(), to.Name,
                    relationship.Qualifier, provenance.Status.ToWireName(), provenance.StatusNote ?? string.Empty,
                    provenance.EvidenceLevel?.ToWireName() ?? string.Empty,
                    string.Join(FlatValues.ListSeparator, provenance.Citations.Select(c => c.Value)),
                    .. columns.Select(c => relationship.Properties.TryGetValue(c, out var value) ? FlatValues.Text(value) : string.Empty),
                ];
                await writer.WriteLineAsync(string.Join('\t', cells.Select(Escape)));
            }

            files.Add(path);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return files;
    }

    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("\\\t\n\r") < 0) return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
