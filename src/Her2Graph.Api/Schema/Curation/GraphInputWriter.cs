using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// Validates a batch with the validator seed files use (relationship ends may be nodes already in the graph), adds the
/// API's own checks, and writes it in one store transaction only when no error was found: all or nothing.
/// </summary>
internal sealed class GraphInputWriter(IGraphStore store)
{
    /// <param name="inputErrors">Problems found while reading the GraphQL input, reported together with the validator's.</param>
    public async Task<WriteOutcome> WriteAsync(
        GraphInput input, IReadOnlyCollection<ValidationError> inputErrors, WriteContext context, bool dryRun, CancellationToken cancellationToken)
    {
        // One read serves both: the batch's own ids (kind conflicts, dry-run counts) and the relationship ends outside it.
        var ids = input.Nodes.Select(n => n.Id?.Value)
            .Concat(input.Relationships.SelectMany(r => new[] { r.From?.Value, r.To?.Value }))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var stored = ids.Count == 0 ? new Dictionary<string, GraphNode>() : await store.GetNodesAsync(ids, cancellationToken);
        // The store also answers the names other nodes hold (DUPLICATE_ALIAS) and the links around the batch (the
        // consistency rules), so a mutation is refused whatever the seed validation would refuse.
        var inStore = StoreLookups.In(store);
        var validation = await GraphInputValidator.ValidateAsync(input, inStore with { Nodes = ExistingNodes.Among(stored, inStore.Nodes) }, cancellationToken);
        var errors = inputErrors.Concat(validation.Errors).Concat(KindConflicts(input, stored))
            .OrderBy(e => e.Location, InputPathOrder.Instance)
            .ToList();
        if (errors.Count > 0) return WriteOutcome.Refused(errors, dryRun ? await VersionAsync(cancellationToken) : 0);
        if (dryRun) return await PreviewAsync(validation, stored, cancellationToken);

        WriteResult result;
        try
        {
            result = await store.WriteAsync(GraphWrite.Upsert(validation.Nodes, validation.Relationships, context), cancellationToken);
        }
        catch (GraphWriteException refused)
        {
            return WriteOutcome.Refused(refused.Problems.Select(p => new ValidationError(ErrorCodes.WriteRefused, p, "input")).ToList(), 0);
        }

        return new WriteOutcome([], await StoredAsync(validation.Nodes, cancellationToken), await StoredAsync(validation.Relationships, cancellationToken), result);
    }

    // Ids are unique across kinds: an upsert cannot turn a stored Gene into a Drug. The store refuses it too; checking
    // here reports it with the others and with its input path.
    private static IEnumerable<ValidationError> KindConflicts(GraphInput input, IReadOnlyDictionary<string, GraphNode> stored) =>
        from node in input.Nodes
        where node.Id is not null && stored.TryGetValue(node.Id.Value, out var existing) && existing.Kind.ToString() != node.Kind.Value
              && Enum.TryParse<NodeKind>(node.Kind.Value, out _)
        select new ValidationError(
            ErrorCodes.DuplicateKey,
            $"node id '{node.Id!.Value}' is already used by a {stored[node.Id.Value].Kind} in the graph: ids are unique across all kinds",
            node.Id.Location);

    private async Task<WriteOutcome> PreviewAsync(
        GraphValidationResult validation, IReadOnlyDictionary<string, GraphNode> stored, CancellationToken cancellationToken)
    {
        var keys = validation.Relationships.Select(r => r.Key).ToList();
        var storedRelationships = keys.Count == 0
            ? new Dictionary<RelationshipKey, GraphRelationship>()
            : await store.GetRelationshipsAsync(keys, cancellationToken);
        var nodes = Count(validation.Nodes, n => stored.GetValueOrDefault(n.Id));
        var relationships = Count(validation.Relationships, r => storedRelationships.GetValueOrDefault(r.Key));
        var result = new WriteResult(await VersionAsync(cancellationToken), nodes, relationships);
        return new WriteOutcome([], validation.Nodes, validation.Relationships, result);
    }

    private static WriteCounts Count<T>(IReadOnlyList<T> entities, Func<T, T?> storedOf)
        where T : class
    {
        var created = entities.Count(e => storedOf(e) is null);
        var unchanged = entities.Count(e => storedOf(e) is { } existing && existing.Equals(e));
        return new WriteCounts(created, entities.Count - created - unchanged, unchanged, 0);
    }

    private async Task<long> VersionAsync(CancellationToken cancellationToken) => (await store.GetVersionAsync(cancellationToken)).Number;

    // The entities as stored now, audit stamps included; the written content where a concurrent write removed one.
    private async Task<IReadOnlyList<GraphNode>> StoredAsync(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        if (nodes.Count == 0) return [];
        var stored = await store.GetNodesAsync(nodes.Select(n => n.Id).ToList(), cancellationToken);
        return nodes.Select(n => stored.GetValueOrDefault(n.Id) ?? n).ToList();
    }

    private async Task<IReadOnlyList<GraphRelationship>> StoredAsync(IReadOnlyList<GraphRelationship> relationships, CancellationToken cancellationToken)
    {
        if (relationships.Count == 0) return [];
        var stored = await store.GetRelationshipsAsync(relationships.Select(r => r.Key).ToList(), cancellationToken);
        return relationships.Select(r => stored.GetValueOrDefault(r.Key) ?? r).ToList();
    }
}
