using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Checks a batch of nodes and relationships against the graph model and converts it to graph entities. Reports every
/// error at once, each with its code and location; shared by the seed import and the curator mutations.
/// </summary>
public static class GraphInputValidator
{
    /// <summary>Validates and converts a batch.</summary>
    /// <param name="existing">
    /// Finds relationship ends that are not in the batch, in one call; <see cref="ExistingNodes.None"/> when every end
    /// must be in the batch, <see cref="ExistingNodes.In"/> to look in a store.
    /// </param>
    public static async Task<GraphValidationResult> ValidateAsync(
        GraphInput input, ExistingNodeLookup existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new ErrorList();
        var known = new KnownNodes();
        var references = new NodeReferences();
        var nodes = new List<GraphNode>(input.Nodes.Count);
        foreach (var node in input.Nodes)
        {
            if (NodeReader.Read(node, known, references, errors) is { } graphNode) nodes.Add(graphNode);
        }

        var outside = input.Relationships
            .SelectMany(r => new[] { r.From?.Value, r.To?.Value })
            .OfType<string>()
            .Where(id => !string.IsNullOrWhiteSpace(id) && !known.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (outside.Count > 0) known.AddExisting(await existing(outside, cancellationToken));

        var keys = new Dictionary<RelationshipKey, string>();
        var relationships = new List<GraphRelationship>(input.Relationships.Count);
        foreach (var relationship in input.Relationships)
        {
            if (RelationshipReader.Read(relationship, known, keys, references, errors) is { } graphRelationship) relationships.Add(graphRelationship);
        }

        // References are read with their records, so the ids they name outside the batch are looked up afterwards.
        var referencedOutside = references.Ids.Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (referencedOutside.Count > 0) known.AddExisting(await existing(referencedOutside, cancellationToken));
        references.Check(known, errors);

        return errors.Count == 0
            ? new GraphValidationResult([], nodes, relationships)
            : new GraphValidationResult(errors.Items.ToList(), [], []);
    }
}
