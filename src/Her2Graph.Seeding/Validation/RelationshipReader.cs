using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Checks one relationship against the nodes known to the batch and converts it to a <see cref="GraphRelationship"/>.</summary>
internal static class RelationshipReader
{
    /// <summary>The relationship, or null when it has errors (all of which are added).</summary>
    public static GraphRelationship? Read(
        RelationshipInput input, KnownNodes known, Dictionary<RelationshipKey, string> keys, NodeReferences references, ErrorList errors)
    {
        var before = errors.Count;
        var definition = WireNames.TryParseWireName<RelationshipType>(input.Type.Value, out var type) ? RelationshipTypes.Get(type) : null;
        if (definition is null)
        {
            errors.Add(ErrorCodes.UnknownType, input.Type.Location, UnknownNameMessages.Type(input.Type.Value));
        }

        var from = RequiredField.Read(input.From, "from", input.Location, errors);
        var to = RequiredField.Read(input.To, "to", input.Location, errors);
        if (from is not null) CheckEnd(input.From!, "start", definition?.FromKinds, input.Type.Value, known, errors);
        if (to is not null) CheckEnd(input.To!, "end", definition?.ToKinds, input.Type.Value, known, errors);
        var qualifier = input.Qualifier?.Value ?? string.Empty;
        if (qualifier.Length > 0) KeyRules.Check(qualifier, "qualifier", input.Qualifier!.Location, errors);
        if (definition is not null && from is not null && to is not null)
        {
            var key = new RelationshipKey(definition.Type, from, to, qualifier);
            if (!keys.TryAdd(key, input.Location))
            {
                errors.Add(ErrorCodes.DuplicateKey, input.Location,
                    $"{definition.WireName} from '{from}' to '{to}' with qualifier '{qualifier}' is already written at {keys[key]}: give each a different qualifier");
            }
        }

        var provenance = ProvenanceReader.Read(
            input.Location, input.Status, input.StatusNote, input.Evidence, input.Citations, citationRequired: true, errors);
        var properties = PropertyReader.Read(input.Properties, input.Type.Value, definition?.Properties, references, errors);
        if (errors.Count != before || definition is null || from is null || to is null || provenance is null) return null;
        return new GraphRelationship(definition.Type, from, to, qualifier, properties, provenance);
    }

    private static void CheckEnd(
        Located<string> end, string role, IReadOnlyList<NodeKind>? allowed, string type, KnownNodes known, ErrorList errors)
    {
        if (!known.Contains(end.Value))
        {
            errors.Add(ErrorCodes.MissingNode, end.Location, $"no node has the id '{end.Value}' ({role} of {type})");
            return;
        }

        if (allowed is null || known.KindOf(end.Value) is not { } kind || allowed.Contains(kind)) return;
        errors.Add(ErrorCodes.WrongKinds, end.Location,
            $"{type} must {role} at {string.Join(" or ", allowed)}, not at {kind} '{end.Value}'");
    }
}
