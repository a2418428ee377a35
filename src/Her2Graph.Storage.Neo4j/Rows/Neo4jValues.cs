using System.Globalization;

namespace Her2Graph.Storage.Neo4j.Rows;

/// <summary>Typed access to the maps and lists the typed-JSON reader produces.</summary>
internal static class Neo4jValues
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new FormatException($"expected a map, got {Describe(value)}");

    public static IReadOnlyList<object?> List(object? value) =>
        value as IReadOnlyList<object?> ?? throw new FormatException($"expected a list, got {Describe(value)}");

    public static string Text(IReadOnlyDictionary<string, object?> map, string name) =>
        map.GetValueOrDefault(name) as string ?? throw new FormatException($"'{name}' is missing or not a string");

    public static string? OptionalText(IReadOnlyDictionary<string, object?> map, string name) => map.GetValueOrDefault(name) as string;

    public static long Whole(object? value) => value switch
    {
        long whole => whole,
        double number => (long)number,
        _ => throw new FormatException($"expected an integer, got {Describe(value)}"),
    };

    public static long Whole(IReadOnlyDictionary<string, object?> map, string name) => Whole(map.GetValueOrDefault(name));

    public static IReadOnlyList<string> Texts(IReadOnlyDictionary<string, object?> map, string name) =>
        map.GetValueOrDefault(name) is IReadOnlyList<object?> list ? list.Select(item => item as string ?? string.Empty).ToList() : [];

    public static DateTimeOffset Time(IReadOnlyDictionary<string, object?> map, string name) =>
        DateTimeOffset.Parse(Text(map, name), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string Format(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private static string Describe(object? value) => value?.GetType().Name ?? "null";
}
