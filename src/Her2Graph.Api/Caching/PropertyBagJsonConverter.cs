using System.Text.Json;
using System.Text.Json.Serialization;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Caching;

/// <summary>A property bag as its canonical JSON object.</summary>
internal sealed class PropertyBagJsonConverter : JsonConverter<PropertyBag>
{
    public override PropertyBag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return PropertyBag.From(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
    }

    public override void Write(Utf8JsonWriter writer, PropertyBag value, JsonSerializerOptions options) => writer.WriteRawValue(value.Json);
}
