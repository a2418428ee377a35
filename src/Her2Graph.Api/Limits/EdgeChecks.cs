using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using Her2Graph.Domain.Errors;
using Microsoft.Extensions.Options;

namespace Her2Graph.Api.Limits;

/// <summary>The endpoint's two hooks: refuse a document before the engine sees it, and tidy the errors of an answer.</summary>
internal static partial class EdgeChecks
{
    /// <summary>A 400 answer for a document that breaks a limit or asks for a subscription; null to go on.</summary>
    /// <param name="document">The parsed document; null when it does not parse (the engine reports the syntax error).</param>
    public static ExecutionResult? Refuse(HttpContext context, GraphQLRequest request, GraphQLDocument? document)
    {
        if (document is null || request.Query is not { } query) return null;
        var operation = SelectedOperation(document, request.OperationName);
        var limits = context.RequestServices.GetRequiredService<IOptions<EdgeLimitsOptions>>().Value;
        var violation = operation?.Operation == OperationType.Subscription
            ? new LimitViolation(
                ErrorCodes.OperationNotSupported.Code,
                "Subscriptions are not supported: the graph changes through curated writes, so poll `graph { version }` instead.",
                Location.FromLinearPosition(query, operation.Location.Start))
            : DocumentLimits.Check(limits, document, query, operation);
        return violation is null ? null : new ExecutionResult { Errors = [violation.ToExecutionError()] };
    }

    /// <summary>Caps the error list and, with introspection off, drops the engine's "Did you mean" hints (they name the schema).</summary>
    public static void Tidy(HttpContext context, ExecutionResult result)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<EdgeOptions>().Introspection && result.Errors is { } errors)
        {
            var plain = new ExecutionErrors();
            foreach (var error in errors) plain.Add(WithoutSuggestion(error) ?? error);
            result.Errors = plain;
        }

        ErrorListCap.Apply(result, services.GetRequiredService<IOptions<EdgeLimitsOptions>>().Value);
    }

    /// <summary>The operation a request runs: the one it names, or the only one.</summary>
    internal static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private static ExecutionError? WithoutSuggestion(ExecutionError error)
    {
        var message = Suggestion().Replace(error.Message, "");
        if (message == error.Message) return null;
        var plain = new ExecutionError(message) { Code = error.Code, Path = error.Path };
        foreach (var location in error.Locations ?? []) plain.AddLocation(location);
        return plain;
    }

    [GeneratedRegex(@"\s*Did you mean [^?]*\?", RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();
}
