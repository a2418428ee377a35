using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation.Aliases;

/// <summary>
/// DUPLICATE_ALIAS: no id, name or alias is shared by two nodes of one kind once case and punctuation are ignored
/// (the normalisation of the API's lookup), so that every name a curator or client looks up finds one node. A node's
/// own names may repeat each other; two nodes of different kinds may share one (a Trial and its TrialArm).
/// </summary>
internal sealed class AliasRule
{
    private readonly List<NodeName> _names = [];

    /// <summary>Collects the names of a node of the batch; a node without a kind or an id has none to compare.</summary>
    public void Add(NodeInput node)
    {
        if (!NodeKinds.TryParse(node.Kind.Value, out var kind) || string.IsNullOrWhiteSpace(node.Id?.Value)) return;
        var names = new List<(string Field, Located<string> Text)> { ("id", node.Id) };
        if (node.Name is not null) names.Add(("name", node.Name));
        names.AddRange(node.Aliases.Select(a => ("alias", a)));
        foreach (var group in names
                     .Select(n => new NodeName(NameKey.Of(kind, n.Text.Value), node.Id.Value, n.Field, n.Text.Value, n.Text.Location))
                     .Where(n => n.Key.Key.Length > 0)
                     .GroupBy(n => n.Key))
        {
            _names.Add(group.First());
        }
    }

    /// <summary>Compares the batch's names with each other, then with those of the nodes found outside it.</summary>
    public async Task CheckAsync(ExistingAliasLookup existing, ErrorList errors, CancellationToken cancellationToken)
    {
        var first = new Dictionary<NameKey, NodeName>();
        foreach (var name in _names)
        {
            if (!first.TryAdd(name.Key, name) && first[name.Key] is var earlier && earlier.NodeId != name.NodeId)
            {
                errors.Add(ErrorCodes.DuplicateAlias, name.Location,
                    $"{Describe(name)} at {name.Location} reads the same as {Describe(earlier)} at {earlier.Location} once case and punctuation are ignored: {Advice}");
            }
        }

        if (_names.Count == 0) return;
        var batchIds = _names.Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
        // A stored node the batch writes again is replaced by it, so only its new names count.
        var stored = (await existing(first.Keys.ToList(), cancellationToken)).Where(n => !batchIds.Contains(n.Id)).ToList();
        foreach (var node in stored)
        {
            foreach (var key in NameKey.Of(node))
            {
                if (first.TryGetValue(key, out var name)) ReportStored(name, node, errors);
            }
        }
    }

    private const string Advice = "a lookup by it could not tell the two nodes apart; keep the name on one node only, or merge the nodes";

    private static void ReportStored(NodeName name, GraphNode node, ErrorList errors)
    {
        var (field, text) = StoredName(node, name.Key);
        errors.Add(ErrorCodes.DuplicateAlias, name.Location,
            $"{Describe(name)} reads the same as the {field} '{text}' of {node.Kind} '{node.Id}' in the graph once case and punctuation are ignored: {Advice}");
    }

    private static (string Field, string Text) StoredName(GraphNode node, NameKey key)
    {
        if (NameKey.Of(node.Kind, node.Id) == key) return ("id", node.Id);
        if (NameKey.Of(node.Kind, node.Name) == key) return ("name", node.Name);
        return ("alias", node.Aliases.First(a => NameKey.Of(node.Kind, a) == key));
    }

    private static string Describe(NodeName name) => $"the {name.Field} '{name.Text}' of {name.Key.Kind} '{name.NodeId}'";
}
