using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// The node ids that <see cref="PropertyType.NodeReference"/> properties of a batch name, checked once every node of
/// the batch is known and the rest have been looked up: each must exist and be of a kind the property allows.
/// </summary>
internal sealed class NodeReferences
{
    private readonly List<(string Id, PropertyDefinition Definition, string Location)> _references = [];

    public void Add(string id, PropertyDefinition definition, string location) => _references.Add((id, definition, location));

    public IEnumerable<string> Ids => _references.Select(r => r.Id);

    public void Check(KnownNodes known, ErrorList errors)
    {
        foreach (var (id, definition, location) in _references)
        {
            var allowed = string.Join(" or ", definition.NodeKinds);
            if (!known.Contains(id))
            {
                errors.Add(ErrorCodes.MissingNode, location, $"no node has the id '{id}' ({definition.Name} names a {allowed})");
            }
            else if (known.KindOf(id) is { } kind && !definition.NodeKinds.Contains(kind))
            {
                errors.Add(ErrorCodes.WrongKinds, location, $"{definition.Name} must name a {allowed}, not {kind} '{id}'");
            }
        }
    }
}
