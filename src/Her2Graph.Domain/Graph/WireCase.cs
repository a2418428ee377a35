using System.Text;

namespace Her2Graph.Domain.Graph;

/// <summary>
/// Spellings of C# member names outside C#: CONSTANT_CASE where GraphQL, the stores and Cypher name enum values
/// (<c>RandomizedTrial</c> → <c>RANDOMIZED_TRIAL</c>), kebab-case where curators write them in seed files
/// (<c>randomized-trial</c>).
/// </summary>
public static class WireCase
{
    /// <summary><c>HasAdverseEvent</c> → <c>HAS_ADVERSE_EVENT</c>; also camelCase (<c>grade3PlusPercent</c> → <c>GRADE3_PLUS_PERCENT</c>).</summary>
    public static string ToConstantCase(string name) => SplitWords(name, '_', char.ToUpperInvariant);

    /// <summary><c>FromKnowledge</c> → <c>from-knowledge</c>.</summary>
    public static string ToKebabCase(string name) => SplitWords(name, '-', char.ToLowerInvariant);

    /// <summary><c>from-knowledge</c> → <c>FROM_KNOWLEDGE</c>, for any text: an unknown word stays recognisable in the error it causes.</summary>
    public static string KebabToConstantCase(string kebabCase) => kebabCase.Replace('-', '_').ToUpperInvariant();

    private static string SplitWords(string name, char separator, Func<char, char> letterCase)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append(separator);
            builder.Append(letterCase(name[i]));
        }

        return builder.ToString();
    }
}
