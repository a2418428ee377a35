namespace Her2Graph.Seeding.Input;

/// <summary>
/// A property value as written, before it is checked against the property's type. Each source maps its own values
/// onto these three shapes: a YAML node, or a JSON value from a GraphQL input.
/// </summary>
public abstract record InputValue(string Location)
{
    /// <summary>A single value.</summary>
    /// <param name="Text">The value as written; null for an explicit null (<c>~</c>, <c>null</c>, nothing).</param>
    /// <param name="IsString">
    /// True when the source says the value is a string (a quoted YAML scalar, a JSON string); false for a literal whose
    /// type is read from its text (a plain YAML scalar, a JSON number or boolean).
    /// </param>
    public sealed record Scalar(string? Text, bool IsString, string Location) : InputValue(Location);

    /// <summary>A list of values.</summary>
    public sealed record Sequence(IReadOnlyList<InputValue> Items, string Location) : InputValue(Location);

    /// <summary>A mapping or object: no property takes one, so only its location is kept.</summary>
    public sealed record Mapping(string Location) : InputValue(Location);
}
