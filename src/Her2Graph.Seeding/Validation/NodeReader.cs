using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Checks one node and converts it to a <see cref="GraphNode"/>.</summary>
internal static class NodeReader
{
    /// <summary>The node, or null when it has errors (all of which are added).</summary>
    public static GraphNode? Read(NodeInput input, KnownNodes known, NodeReferences references, ErrorList errors)
    {
        var before = errors.Count;
        NodeKind? kind = NodeKinds.TryParse(input.Kind.Value, out var parsed) ? parsed : null;
        if (kind is null)
        {
            errors.Add(ErrorCodes.UnknownKind, input.Kind.Location, UnknownNameMessages.Kind(input.Kind.Value));
        }

        var id = RequiredField.Read(input.Id, "id", input.Location, errors);
        if (id is not null && KeyRules.Check(id, "node id", input.Id!.Location, errors) && kind == NodeKind.Trial)
        {
            RegistryIds.CheckTrialKey(id, "trial key", input.Id.Location, errors);
        }

        if (id is not null && !known.TryAdd(id, kind, input.Id!.Location, out var first))
        {
            errors.Add(ErrorCodes.DuplicateKey, input.Id!.Location, $"node id '{id}' is already used at {first}: ids are unique across all kinds");
        }

        var name = RequiredField.Read(input.Name, "name", input.Location, errors);
        foreach (var alias in input.Aliases.Where(a => string.IsNullOrWhiteSpace(a.Value)))
        {
            errors.Add(ErrorCodes.InvalidValue, alias.Location, "an alias is empty");
        }

        var provenance = ProvenanceReader.Read(input.Location, input.Status, input.StatusNote, null, input.Citations, citationRequired: false, errors);
        var properties = PropertyReader.Read(input.Properties, input.Kind.Value, kind is { } k ? NodeKinds.Get(k).Properties : null, references, errors);
        var xrefs = XrefReader.Read(input.Xrefs, kind, errors);
        if (errors.Count != before || kind is null || id is null || name is null || provenance is null) return null;
        return new GraphNode(id, kind.Value, name, input.Aliases.Select(a => a.Value).ToList(), properties, provenance) { Xrefs = xrefs };
    }
}
