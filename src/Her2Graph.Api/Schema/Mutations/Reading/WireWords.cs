using System.Text;

namespace Her2Graph.Api.Schema.Mutations.Reading;

/// <summary>
/// The kebab-case words the shared validator reads for statuses and evidence levels, as seed files write them
/// (<c>from-knowledge</c>, <c>randomized-trial</c>); the GraphQL enums name the same values FROM_KNOWLEDGE, RANDOMIZED_TRIAL.
/// </summary>
internal static class WireWords
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
