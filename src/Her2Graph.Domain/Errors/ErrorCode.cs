namespace Her2Graph.Domain.Errors;

/// <summary>A client-facing error code, as <c>extensions.code</c> of a GraphQL error or in a seed report.</summary>
/// <param name="Code">Stable and machine-readable: clients switch on it, so it never changes once published.</param>
/// <param name="HttpStatus">
/// The status of an <c>application/graphql-response+json</c> response that carries it; null for codes never sent
/// over HTTP (seed files and the CLI only).
/// </param>
/// <param name="Meaning">What went wrong, for the README's table.</param>
public sealed record ErrorCode(string Code, int? HttpStatus, string Meaning)
{
    public override string ToString() => Code;
}
