using Her2Graph.Domain.Errors;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Her2Graph.Seeding.Files;

/// <summary>One seed file being read: turns YAML nodes into located input values and collects the errors of its shape.</summary>
internal sealed class YamlSource(string path, List<ValidationError> errors)
{
    public string Path => path;

    public string At(YamlNode node) => At(node.Start);

    public string At(Mark mark) => $"{path}:{mark.Line}";

    public void Error(ErrorCode code, YamlNode node, string message) => errors.Add(new ValidationError(code, message, At(node)));

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>A field that holds text; null (after a WRONG_TYPE error) when it holds a list or mapping.</summary>
    public Located<string>? Text(string field, YamlNode value)
    {
        if (value is YamlScalarNode scalar) return new Located<string>(IsNull(scalar) ? string.Empty : scalar.Value ?? string.Empty, At(value));
        Error(ErrorCodes.WrongType, value, $"{field} must be text, not a {ShapeOf(value)}");
        return null;
    }

    /// <summary>A field that holds a list of text; an empty field is an empty list.</summary>
    public IReadOnlyList<Located<string>> TextList(string field, YamlNode value)
    {
        if (IsNull(value)) return [];
        if (value is not YamlSequenceNode sequence)
        {
            Error(ErrorCodes.WrongType, value, $"{field} must be a list, e.g. [a, b] or one '- item' per line");
            return [];
        }

        var items = new List<Located<string>>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is YamlScalarNode { Value: { } text } && !IsNull(item)) items.Add(new Located<string>(text, At(item)));
            else Error(ErrorCodes.WrongType, item, $"item {i + 1} of {field} must be text");
        }

        return items;
    }

    /// <summary>The <c>properties:</c> mapping; an empty field has none.</summary>
    public IReadOnlyList<PropertyInput> Properties(YamlNode value)
    {
        if (IsNull(value)) return [];
        if (value is not YamlMappingNode mapping)
        {
            Error(ErrorCodes.WrongType, value, "properties must be a mapping of name: value");
            return [];
        }

        return mapping.Children
            .Select(p => new PropertyInput(KeyOf(p.Key), Value(p.Value), At(p.Key)))
            .ToList();
    }

    public InputValue Value(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new InputValue.Scalar(
            IsNull(scalar) ? null : scalar.Value, scalar.Style is not ScalarStyle.Plain, At(node)),
        YamlSequenceNode sequence => new InputValue.Sequence(sequence.Children.Select(Value).ToList(), At(node)),
        _ => new InputValue.Mapping(At(node)),
    };

    public static string KeyOf(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();

    public static string ShapeOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };
}
