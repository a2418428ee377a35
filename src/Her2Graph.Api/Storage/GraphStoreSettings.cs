using Her2Graph.Storage.Neo4j;

namespace Her2Graph.Api.Storage;

/// <summary>Reads and checks <c>Her2Graph:Storage</c>; every problem is a <see cref="StartupFaultException"/> naming the setting.</summary>
internal static class GraphStoreSettings
{
    public static GraphStoreOptions Read(IConfiguration configuration)
    {
        GraphStoreOptions options;
        try
        {
            options = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>() ?? new GraphStoreOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the value and the key: "Failed to convert configuration value 'x' at 'Her2Graph:Storage:Provider' …".
            throw new StartupFaultException(e.Message, e);
        }

        if (options.Provider == GraphStoreProvider.Neo4j) Neo4jOptions(options);
        else if (string.IsNullOrWhiteSpace(options.SqlitePath)) throw new StartupFaultException($"{GraphStoreOptions.Section}:SqlitePath is empty: name the SQLite file");
        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
            throw new StartupFaultException($"{GraphStoreOptions.Section}:RetryDelay must be positive and at most {GraphStoreOptions.Section}:MaxRetryDelay");
        return options;
    }

    /// <summary>The adapter's options from complete, valid Neo4j settings.</summary>
    public static Neo4jGraphStoreOptions Neo4jOptions(GraphStoreOptions options)
    {
        var settings = options.Neo4j;
        var missing = new[] { ("Uri", settings.Uri), ("User", settings.User), ("Password", settings.Password) }
            .Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => $"{GraphStoreOptions.Section}:Neo4j:{s.Item1}").ToList();
        if (missing.Count > 0) throw new StartupFaultException($"Provider Neo4j needs {string.Join(", ", missing)}");
        if (!Uri.TryCreate(settings.Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new StartupFaultException($"{GraphStoreOptions.Section}:Neo4j:Uri must be the server's http(s) address, e.g. http://localhost:7474");
        return new Neo4jGraphStoreOptions(uri, settings.Database, settings.User!, settings.Password!);
    }
}
