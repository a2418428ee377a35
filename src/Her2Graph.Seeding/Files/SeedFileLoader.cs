using System.Text.RegularExpressions;
using Her2Graph.Domain.Errors;
using Her2Graph.Seeding.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Her2Graph.Seeding.Files;

/// <summary>Parses a seed file into its one YAML mapping, reporting a file that is not valid YAML or not a mapping as SYNTAX.</summary>
internal static partial class SeedFileLoader
{
    public static YamlMappingNode? Load(string fullPath, YamlSource source, List<ValidationError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(fullPath);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add(new ValidationError(ErrorCodes.Syntax, CleanMessage(e), source.At(e.Start)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ValidationError(ErrorCodes.Syntax, "the file is empty: a seed file starts with kind: or type:", $"{source.Path}:1"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            source.Error(ErrorCodes.Syntax, stream.Documents[1].RootNode, "a seed file holds one YAML document: remove the '---' separator");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping) return mapping;
        source.Error(ErrorCodes.Syntax, root, $"a seed file is a mapping with kind: or type:, not a {YamlSource.ShapeOf(root)}");
        return null;
    }

    // YamlDotNet prefixes its messages with the span, which the location already gives.
    private static string CleanMessage(YamlException e) => SpanPrefix().Replace(e.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex SpanPrefix();
}
