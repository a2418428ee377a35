using System.Globalization;
using GraphQL;
using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// A GraphQL input object as GraphQL.NET parsed it (field name → value), with its input path, so each value read
/// from it carries the location an error about it will name: <c>input.relationships[3].citations[0]</c>.
/// </summary>
internal sealed class InputObject(IDictionary<string, object?> values, string path)
{
    public string Path => path;

    public object? this[string field] => values.TryGetValue(field, out var value) ? value : null;

    /// <summary>The argument's input object; its path is the argument's name.</summary>
    public static InputObject Argument(IResolveFieldContext context, string name) =>
        new(context.GetArgument<Dictionary<string, object?>>(name), name);

    public string PathOf(string field) => $"{path}.{field}";

    public static string ItemPath(string listPath, int index) => $"{listPath}[{index}]";

    public Located<string>? Text(string field) =>
        this[field] is { } value ? new Located<string>(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, PathOf(field)) : null;

    public IReadOnlyList<Located<string>> TextList(string field) =>
        this[field] is IEnumerable<object?> items
            ? items.Select((item, i) => new Located<string>(Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty, ItemPath(PathOf(field), i))).ToList()
            : [];

    /// <summary>An enum value as the validator's wire word (FROM_KNOWLEDGE → <c>from-knowledge</c>).</summary>
    public Located<string>? Word<T>(string field)
        where T : struct, Enum =>
        this[field] is T value ? new Located<string>(value.ToSeedWord(), PathOf(field)) : null;

    public InputObject? Object(string field) => this[field] is IDictionary<string, object?> value ? new InputObject(value, PathOf(field)) : null;

    public IReadOnlyList<InputObject> Objects(string field) =>
        this[field] is IEnumerable<object?> items
            ? items.Select((item, i) => new InputObject(item as IDictionary<string, object?> ?? new Dictionary<string, object?>(), ItemPath(PathOf(field), i))).ToList()
            : [];
}
