using Her2Graph.Domain.Schema;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The store holds a graph of another data model than this build's (<see cref="DataModel"/>) and was left as it was.
/// The message is complete, for an operator: where the store is, which model it holds, which this build needs, and
/// what to do. Retrying cannot fix it: it is a permanent start-up fault.
/// </summary>
public sealed class GraphModelMismatchException : Exception
{
    private GraphModelMismatchException(string message, string location, int foundModel)
        : base(message)
    {
        Location = location;
        FoundModel = foundModel;
    }

    /// <summary>Where the store is: a file path, or a Neo4j server and database.</summary>
    public string Location { get; }

    /// <summary>The model the store holds.</summary>
    public int FoundModel { get; }

    /// <summary>A store of an older model, which must be re-seeded as <paramref name="reseed"/> says.</summary>
    public static GraphModelMismatchException Older(string location, int foundModel, string reseed) =>
        new($"the store at {location} holds a graph of {DataModel.Describe(foundModel)}; this build needs {DataModel.Describe(DataModel.Current)}. "
            + $"Curated data cannot be migrated between models by rule, so re-seed it: {reseed}", location, foundModel);

    /// <summary>A store written by a newer build.</summary>
    public static GraphModelMismatchException Newer(string location, int foundModel) =>
        new($"the store at {location} holds a graph of data model {foundModel}, newer than this build's {DataModel.Current}: upgrade the application", location, foundModel);
}
