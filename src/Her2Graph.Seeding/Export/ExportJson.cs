using System.Text.Encodings.Web;
using System.Text.Json;

namespace Her2Graph.Seeding.Export;

/// <summary>The JSON writer settings of every JSON export: indented, LF, non-ASCII text as it is, so files diff well.</summary>
internal static class ExportJson
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // Relaxed: names such as "trastuzumab deruxtecan" and "≥3" stay readable; these files are data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Utf8JsonWriter Create(Stream stream) => new(stream, Options);

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    public static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
