using System.Text;

namespace Her2Graph.Api.Schema.Common;

/// <summary>Name conversions between the catalog's camelCase property names and GraphQL names.</summary>
internal static class GraphQLNames
{
    /// <summary><c>grade3PlusPercent</c> → <c>GRADE3_PLUS_PERCENT</c>, for enum values.</summary>
    public static string ToConstantCase(string camelCase)
    {
        var builder = new StringBuilder(camelCase.Length + 8);
        foreach (var c in camelCase)
        {
            if (char.IsUpper(c) && builder.Length > 0) builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary><c>orrPercent</c> → <c>OrrPercent</c>, to build argument and type names.</summary>
    public static string ToPascalCase(string camelCase) => char.ToUpperInvariant(camelCase[0]) + camelCase[1..];
}
