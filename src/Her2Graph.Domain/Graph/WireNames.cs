using System.Reflection;
using System.Text;

namespace Her2Graph.Domain.Graph;

/// <summary>
/// The one spelling of enum values outside C#. The wire name is the CONSTANT_CASE of the C# name
/// (<c>RandomizedTrial</c> → <c>RANDOMIZED_TRIAL</c>) unless a <see cref="WireNameAttribute"/> says otherwise: GraphQL
/// names values so, both stores keep them so and Cypher users read them so. Seed files spell the same name in
/// kebab case (<c>randomized-trial</c>), so curators write lower-case words. Node kinds are not enum values on the
/// wire: they are type names (<c>Gene</c>), spelled as declared.
/// </summary>
public static class WireNames
{
    /// <summary><c>HasAdverseEvent</c> → <c>HAS_ADVERSE_EVENT</c>.</summary>
    public static string ToWireName<T>(this T value)
        where T : struct, Enum => Table<T>.Names[value];

    public static bool TryParseWireName<T>(string name, out T value)
        where T : struct, Enum => Table<T>.Values.TryGetValue(name, out value);

    /// <summary>The value named <paramref name="name"/>; a <see cref="FormatException"/> for any other text (a store holding what no writer wrote).</summary>
    public static T ParseWireName<T>(string name)
        where T : struct, Enum =>
        TryParseWireName<T>(name, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name} '{name}'");

    /// <summary><c>FromKnowledge</c> → <c>from-knowledge</c>, as curators write it in seed files.</summary>
    public static string ToSeedWord<T>(this T value)
        where T : struct, Enum => SeedWordOf(value.ToWireName());

    public static bool TryParseSeedWord<T>(string word, out T value)
        where T : struct, Enum => Table<T>.BySeedWord.TryGetValue(word, out value);

    /// <summary>The seed words of every value, in declaration order, for an error that says what to write.</summary>
    public static IEnumerable<string> SeedWords<T>()
        where T : struct, Enum => Table<T>.BySeedWord.Keys;

    /// <summary>
    /// <c>from-knowledge</c> → <c>FROM_KNOWLEDGE</c>, for any text: a word that names no value stays recognisable in
    /// the error it causes on the other side.
    /// </summary>
    public static string SeedWordToWireName(string word) => word.Replace('-', '_').ToUpperInvariant();

    /// <summary>
    /// The CONSTANT_CASE of a C# or camelCase name (<c>grade3PlusPercent</c> → <c>GRADE3_PLUS_PERCENT</c>): the rule
    /// for enum values, also used where property names become GraphQL enum values.
    /// </summary>
    public static string ToConstantCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary><c>SECOND_LINE_OR_LATER</c> → <c>second-line-or-later</c>.</summary>
    public static string SeedWordOf(string wireName) => wireName.Replace('_', '-').ToLowerInvariant();

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, NameOf);

        public static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly Dictionary<string, T> BySeedWord = Names.ToDictionary(p => SeedWordOf(p.Value), p => p.Key, StringComparer.Ordinal);

        private static string NameOf(T value)
        {
            var name = value.ToString();
            return typeof(T).GetField(name)?.GetCustomAttribute<WireNameAttribute>()?.Name ?? ToConstantCase(name);
        }
    }
}
