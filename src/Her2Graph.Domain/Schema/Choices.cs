namespace Her2Graph.Domain.Schema;

/// <summary>
/// A closed set of values for <see cref="PropertyType.Choice"/> properties: one GraphQL enum. Values are kept and
/// served in CONSTANT_CASE (<c>SECOND_LINE_OR_LATER</c>); seed files may spell them in kebab case
/// (<c>second-line-or-later</c>), as they spell every other enum.
/// </summary>
/// <param name="Name">The GraphQL enum type name.</param>
public sealed record Choices(string Name, string Description, IReadOnlyList<Choice> Values)
{
    public Choice? Find(string wireName) => Values.FirstOrDefault(v => v.WireName == wireName);
}

/// <summary>One value of a <see cref="Choices"/> set; the description is its display name and meaning.</summary>
public sealed record Choice(string WireName, string Description);
