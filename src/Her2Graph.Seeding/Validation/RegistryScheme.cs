using System.Text.RegularExpressions;

namespace Her2Graph.Seeding.Validation;

/// <summary>One trial registry: how its ids begin (to recognise what a curator meant) and their exact form.</summary>
/// <param name="Name">The registry, for messages.</param>
/// <param name="Prefix">Matches the start of an id of this registry, even a malformed one.</param>
/// <param name="Pattern">Matches a whole well-formed id.</param>
/// <param name="Form">The form in words, with an example.</param>
internal sealed record RegistryScheme(string Name, Regex Prefix, Regex Pattern, string Form);
