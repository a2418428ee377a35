namespace Her2Graph.Seeding.Input;

/// <summary>A node as written by a curator, before validation; a field that was not given is null (or empty for lists).</summary>
/// <param name="Location">Where the record starts; errors about a missing field point here.</param>
/// <param name="Kind">The node kind's name, e.g. <c>Drug</c> (a seed file's <c>kind:</c> header).</param>
public sealed record NodeInput(
    string Location,
    Located<string> Kind,
    Located<string>? Id,
    Located<string>? Name,
    IReadOnlyList<Located<string>> Aliases,
    Located<string>? Status,
    Located<string>? StatusNote,
    IReadOnlyList<Located<string>> Citations,
    IReadOnlyList<PropertyInput> Properties)
{
    /// <summary>Its cross-references, in the order written.</summary>
    public IReadOnlyList<XrefInput> Xrefs { get; init; } = [];
}
