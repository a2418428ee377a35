using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema;

/// <summary>
/// A GraphQL enum of a Domain enum, its values named by <see cref="WireNames"/> (the names the stores keep and seed
/// files spell in kebab case) rather than by GraphQL.NET's own case conversion, which only happens to agree today.
/// </summary>
internal abstract class WireNameEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected override string ChangeEnumCase(string val) => Enum.Parse<TEnum>(val).ToWireName();
}
