namespace Her2Graph.Seeding.Input;

/// <summary>A relationship as written by a curator, before validation; a field that was not given is null (or empty for lists).</summary>
/// <param name="Location">Where the record starts; errors about a missing field point here.</param>
/// <param name="Type">The type's wire name, e.g. <c>HAS_ADVERSE_EVENT</c> (a seed file's <c>type:</c> header).</param>
/// <param name="From">The id of the start node.</param>
/// <param name="To">The id of the end node.</param>
/// <param name="Qualifier">Tells apart relationships of one type between the same nodes; absent means empty.</param>
/// <param name="Evidence">The evidence level in kebab case, e.g. <c>randomized-trial</c>.</param>
public sealed record RelationshipInput(
    string Location,
    Located<string> Type,
    Located<string>? From,
    Located<string>? To,
    Located<string>? Qualifier,
    Located<string>? Status,
    Located<string>? StatusNote,
    Located<string>? Evidence,
    IReadOnlyList<Located<string>> Citations,
    IReadOnlyList<PropertyInput> Properties);
