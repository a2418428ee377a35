using System.Text.Json;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>A type reference as introspection gives it: a named type, or NON_NULL / LIST around another.</summary>
internal sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST";

    /// <summary>The named type at the core, e.g. Drug for [Drug!]!.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    public static TypeRef Read(JsonElement json) => new(
        json.GetProperty("kind").GetString()!,
        json.GetProperty("name").GetString(),
        json.TryGetProperty("ofType", out var ofType) && ofType.ValueKind == JsonValueKind.Object ? Read(ofType) : null);

    /// <summary>The type in GraphQL syntax, as a variable definition writes it.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => $"{OfType}!",
        "LIST" => $"[{OfType}]",
        _ => Name!,
    };
}
