using System.Collections;
using System.Text.Json;

namespace Her2Graph.Domain.Graph;

/// <summary>
/// The typed properties of a node or relationship, by name in ordinal order. Values are JSON scalars or arrays of
/// strings, checked against <see cref="Schema.NodeKinds"/>; JSON is what both stores and GraphQL speak.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "A bag of named properties reads better than PropertyDictionary in every caller.")]
public sealed class PropertyBag : IReadOnlyDictionary<string, JsonElement>, IEquatable<PropertyBag>
{
    private readonly SortedDictionary<string, JsonElement> _values;

    public static PropertyBag Empty { get; } = new(new SortedDictionary<string, JsonElement>(StringComparer.Ordinal));

    private PropertyBag(SortedDictionary<string, JsonElement> values)
    {
        _values = values;
        Json = JsonSerializer.Serialize(values);
    }

    /// <summary>The canonical JSON object (keys in ordinal order): the form stores keep and compare.</summary>
    public string Json { get; }

    public static PropertyBag From(IEnumerable<KeyValuePair<string, JsonElement>> values)
    {
        var sorted = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in values) sorted[name] = value.Clone();
        return sorted.Count == 0 ? Empty : new PropertyBag(sorted);
    }

    public static PropertyBag FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return Empty;
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
    }

    /// <summary>Builds a bag from plain CLR values (string, int, long, double, bool, string lists); handy in code and tests.</summary>
    public static PropertyBag Of(params (string Name, object Value)[] values) =>
        From(values.Select(v => KeyValuePair.Create(v.Name, JsonSerializer.SerializeToElement(v.Value))));

    public double? GetNumber(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public string? GetText(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> GetTextList(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToList()
            : [];

    public JsonElement this[string key] => _values[key];

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<JsonElement> Values => _values.Values;

    public int Count => _values.Count;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out JsonElement value) => _values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyBag? other) => other is not null && Json == other.Json;

    public override bool Equals(object? obj) => Equals(obj as PropertyBag);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);

    public override string ToString() => Json;
}
