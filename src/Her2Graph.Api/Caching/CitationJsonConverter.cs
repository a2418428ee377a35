using System.Text.Json;
using System.Text.Json.Serialization;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Caching;

/// <summary>A citation as the text it was written as; its kind is derived again on reading, as stores do.</summary>
internal sealed class CitationJsonConverter : JsonConverter<Citation>
{
    public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Citation.Parse(reader.GetString() ?? throw new JsonException("a citation must be a string"));

    public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
