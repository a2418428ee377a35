using System.Text.RegularExpressions;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Cli.Push;

/// <summary>
/// Turns the API's input paths (<c>input.relationships[3].citations[0]</c>) back into the file:line of the record or
/// field they name, so a push reports errors exactly as a local import does.
/// </summary>
internal sealed partial class InputPathLocations(GraphInput input)
{
    public string Of(string inputPath)
    {
        var match = PathPattern().Match(inputPath);
        if (!match.Success) return inputPath;
        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Value;
        var item = match.Groups["item"].Success ? int.Parse(match.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var property = match.Groups["property"].Value;
        return match.Groups["list"].Value == "nodes"
            ? index < input.Nodes.Count ? OfNode(input.Nodes[index], field, item, property) : inputPath
            : index < input.Relationships.Count ? OfRelationship(input.Relationships[index], field, item, property) : inputPath;
    }

    private static string OfNode(NodeInput node, string field, int item, string property) => field switch
    {
        "key" => node.Id?.Location,
        "name" => node.Name?.Location,
        "status" => node.Status?.Location,
        "statusNote" => node.StatusNote?.Location,
        "aliases" => At(node.Aliases, item),
        "citations" => At(node.Citations, item),
        "properties" => node.Properties.FirstOrDefault(p => p.Name == property)?.Location,
        "xrefs" => item >= 0 && item < node.Xrefs.Count ? OfXref(node.Xrefs[item], property) : null,
        _ => null,
    } ?? node.Location;

    private static string OfXref(XrefInput xref, string field) => field switch
    {
        "scheme" => xref.Scheme?.Location,
        "id" => xref.Id?.Location,
        "status" => xref.Status?.Location,
        "otherAllele" => xref.OtherAllele?.Location,
        _ => null,
    } ?? xref.Location;

    private static string OfRelationship(RelationshipInput relationship, string field, int item, string property) => field switch
    {
        "from" => relationship.From?.Location,
        "to" => relationship.To?.Location,
        "qualifier" => relationship.Qualifier?.Location,
        "status" => relationship.Status?.Location,
        "statusNote" => relationship.StatusNote?.Location,
        "evidence" => relationship.Evidence?.Location,
        "citations" => At(relationship.Citations, item),
        "properties" => relationship.Properties.FirstOrDefault(p => p.Name == property)?.Location,
        _ => null,
    } ?? relationship.Location;

    private static string? At(IReadOnlyList<Located<string>> values, int item) => item >= 0 && item < values.Count ? values[item].Location : null;

    [GeneratedRegex(@"^input\.(?<list>nodes|relationships)\[(?<index>\d+)\](\.(?<field>\w+)(\[(?<item>\d+)\])?(\.(?<property>\w+))?)?")]
    private static partial Regex PathPattern();
}
