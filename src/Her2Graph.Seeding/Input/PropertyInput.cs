namespace Her2Graph.Seeding.Input;

/// <summary>One property of a node or relationship as written.</summary>
/// <param name="Name">The property name, e.g. <c>orrPercent</c>.</param>
/// <param name="Value">Its value.</param>
/// <param name="Location">Where the property is written (the line of its name in a file).</param>
public sealed record PropertyInput(string Name, InputValue Value, string Location);
