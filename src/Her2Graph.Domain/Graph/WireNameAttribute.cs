namespace Her2Graph.Domain.Graph;

/// <summary>
/// Gives an enum value a wire name other than the CONSTANT_CASE of its C# name (<c>Ascending</c> is <c>ASC</c>), for
/// the few names a client already knows in another spelling. <see cref="WireNames"/> reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
