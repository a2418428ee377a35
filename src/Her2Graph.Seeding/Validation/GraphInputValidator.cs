using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation.Aliases;
using Her2Graph.Seeding.Validation.Consistency;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Checks a batch of nodes and relationships against the graph model and converts it to graph entities. Reports every
/// error at once, each with its code and location; shared by the seed import and the curator mutations.
/// </summary>
public static class GraphInputValidator
{
    /// <summary>Validates and converts a batch that is the whole graph apart from the nodes <paramref name="existing"/> finds.</summary>
    /// <param name="existing">
    /// Finds relationship ends that are not in the batch, in one call; <see cref="ExistingNodes.None"/> when every end
    /// must be in the batch, <see cref="ExistingNodes.In"/> to look in a store.
    /// </param>
    public static Task<GraphValidationResult> ValidateAsync(GraphInput input, ExistingNodeLookup existing, CancellationToken cancellationToken) =>
        ValidateAsync(input, StoreLookups.None with { Nodes = existing }, cancellationToken);

    /// <summary>Validates and converts a batch, looking outside it with <paramref name="lookups"/>.</summary>
    /// <param name="lookups"><see cref="StoreLookups.None"/> for a seed folder, <see cref="StoreLookups.In"/> for a write into a store.</param>
    public static async Task<GraphValidationResult> ValidateAsync(GraphInput input, StoreLookups lookups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lookups);
        var existing = lookups.Nodes;
        var errors = new ErrorList();
        var known = new KnownNodes();
        var references = new NodeReferences();
        var aliases = new AliasRule();
        var arms = new List<BatchArm>();
        var nodes = new List<GraphNode>(input.Nodes.Count);
        foreach (var node in input.Nodes)
        {
            if (NodeReader.Read(node, known, references, errors) is { } graphNode) nodes.Add(graphNode);
            aliases.Add(node);
            if (node.Kind.Value == nameof(NodeKind.TrialArm) && !string.IsNullOrWhiteSpace(node.Id?.Value) && arms.All(a => a.Id != node.Id.Value))
            {
                arms.Add(new BatchArm(node.Id.Value, node.Id.Location));
            }
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
        await aliases.CheckAsync(lookups.Aliases, errors, cancellationToken);
        var links = await EvidenceNeighbourhood.GatherAsync(input.Relationships, arms, known, lookups.Relationships, cancellationToken);
        ConsistencyRules.Check(links, arms, known, errors);

        return errors.Count == 0
            ? new GraphValidationResult([], nodes, relationships)
            : new GraphValidationResult(errors.Items.ToList(), [], []);
    }
}
