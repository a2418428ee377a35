using Her2Graph.Domain.Store;

namespace Her2Graph.Domain.Schema;

/// <summary>
/// The version of the graph's data model: the kinds, types and property shapes of <see cref="NodeKinds"/> and
/// <see cref="RelationshipTypes"/>. Every store records the model it holds and refuses at start a graph of another
/// one, because curated data cannot move between models by rule (model 2 moved figures from relationship properties
/// to trial-arm nodes by reading their text). Bump <see cref="Current"/> with every catalog change that leaves stored
/// data in a shape this build would misread, and describe the new model in <see cref="Describe"/>.
/// </summary>
public static class DataModel
{
    /// <summary>The model this build reads and writes.</summary>
    public const int Current = 4;

    /// <summary>The model of a store that holds nodes but records none: it was written before models were recorded.</summary>
    public const int Unrecorded = 1;

    /// <summary>The model named with what sets it apart, for the messages that refuse a store.</summary>
    public static string Describe(int version) => version switch
    {
        1 => "data model 1 (before structured evidence: figures on Trial -EVALUATES-> Drug, adverse events on Drug, approvals as text)",
        2 => "data model 2 (structured evidence: trial arms, approvals, diseases, companion diagnostics and pathways as nodes)",
        3 => "data model 3 (structured evidence with identifiers: model 2 plus cross-references on every node, gene ids moved from properties into them)",
        4 => "data model 4 (structured evidence with identifiers, as model 3, with relationship properties also copied flat in Neo4j so that traversal filters, orders and aggregates run in Cypher)",
        _ => $"data model {version}",
    };

    /// <summary>
    /// Whether a store that records <paramref name="recorded"/> (null: none) and does or does not hold nodes can be
    /// opened: true when it must first be stamped with <see cref="Current"/> (it is empty, so it holds no model), false
    /// when it already holds the current model. Throws <see cref="GraphModelMismatchException"/> for any other,
    /// naming <paramref name="location"/> and saying how to re-seed it (<paramref name="reseed"/>). A store whose rows
    /// did not change since model <paramref name="sameRowsSince"/> (SQLite: model 4 changed only Neo4j's rows) is
    /// stamped in place from that model on.
    /// </summary>
    public static bool MustStamp(int? recorded, bool holdsNodes, string location, string reseed, int sameRowsSince = Current)
    {
        if (recorded == Current) return false;
        if (recorded is { } newer && newer > Current) throw GraphModelMismatchException.Newer(location, newer);
        if (!holdsNodes || recorded >= sameRowsSince) return true;
        throw GraphModelMismatchException.Older(location, recorded ?? Unrecorded, reseed);
    }
}
