namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>One generated request, with the seed string that generates it again.</summary>
/// <param name="Operation">query, mutation, subscription, or broken (a document cut or garbled on purpose).</param>
/// <param name="VariablesJson">The raw <c>variables</c> JSON, which may on purpose not be an object; null for none.</param>
internal sealed record FuzzRequest(
    string Seed,
    string Operation,
    IReadOnlyList<string> RootFields,
    string Document,
    string? VariablesJson,
    string? OperationName,
    bool Curator,
    bool UseGet)
{
    public string Describe() =>
        $"seed {Seed} ({Operation}, {(Curator ? "curator" : "anonymous")}, {(UseGet ? "GET" : "POST")}){Environment.NewLine}"
        + $"  document: {Document}{Environment.NewLine}  variables: {VariablesJson ?? "none"}, operationName: {OperationName ?? "none"}";
}
