using GraphQL.Transport;
using GraphQLParser.AST;
using Her2Graph.Api.PersistedDocuments;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// The operation label of a request: the name of its selected operation when the document is a trusted one (the IDE's
/// examples and the trusted folder, <see cref="TrustedDocuments"/>), <c>other</c> for anything else. Documents that
/// clients registered by hash are not trusted here: any client can register one, so their names are unbounded.
/// </summary>
internal sealed class KnownOperations(TrustedDocuments trusted)
{
    public const string Other = "other";

    public (string Name, string Type) Label(GraphQLRequest request, GraphQLDocument? document)
    {
        var operation = document is null ? null : Selected(document, request.OperationName);
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        if (operation?.Name?.StringValue is not { } name || request.Query is not { } query) return (Other, type);

        // The hash only for named operations: an unnamed one is "other" whatever its text.
        return trusted.Find(PersistedQueryExtension.HashOf(query)) is null ? (Other, type) : (name, type);
    }

    private static GraphQLOperationDefinition? Selected(GraphQLDocument document, string? name)
    {
        GraphQLOperationDefinition? only = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (name is not null && operation.Name?.StringValue == name) return operation;
            if (name is null && only is not null) return null;
            only = operation;
        }

        return name is null ? only : null;
    }
}
