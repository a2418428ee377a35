using System.Text.Json;
using System.Text.Json.Serialization;

namespace Her2Graph.Api.ResponseCaching;

/// <summary>
/// A cached answer's <c>data</c>: the JSON bytes a first execution wrote, written again as they are (the engine's
/// serialiser writes any <c>ExecutionResult.Data</c> that is not an execution tree with System.Text.Json, which uses
/// the converter below), and the cost validation computed for it, which the rate limiter charges again on every hit.
/// </summary>
[JsonConverter(typeof(CachedDataConverter))]
internal sealed class CachedData(byte[] json, double cost)
{
    public byte[] Json { get; } = json;

    public double Cost { get; } = cost;

    /// <summary>
    /// The <c>data</c> value of a serialised error-free response (<c>{"data":…,"extensions":…}</c>); null when it has none.
    /// </summary>
    public static byte[]? Extract(ReadOnlySpan<byte> response)
    {
        var reader = new Utf8JsonReader(response);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (isData)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return response[start..(int)reader.BytesConsumed].ToArray();
            }

            reader.Skip();
        }

        return null;
    }

    private sealed class CachedDataConverter : JsonConverter<CachedData>
    {
        public override CachedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("cached data is only written");

        // Written before, by this serialiser: no need to validate it again.
        public override void Write(Utf8JsonWriter writer, CachedData value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
