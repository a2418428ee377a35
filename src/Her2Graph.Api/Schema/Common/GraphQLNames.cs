namespace Her2Graph.Api.Schema.Common;

/// <summary>
/// Name conversions from the catalog's camelCase property names to GraphQL names. Enum values
/// (<c>grade3PlusPercent</c> → <c>GRADE3_PLUS_PERCENT</c>) use <see cref="Domain.Graph.WireNames.ToConstantCase"/>.
/// </summary>
internal static class GraphQLNames
{
    /// <summary><c>orrPercent</c> → <c>OrrPercent</c>, to build argument and type names.</summary>
    public static string ToPascalCase(string camelCase) => char.ToUpperInvariant(camelCase[0]) + camelCase[1..];
}
