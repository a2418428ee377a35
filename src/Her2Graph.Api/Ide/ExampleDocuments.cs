using System.Text;

namespace Her2Graph.Api.Ide;

/// <summary>
/// The example queries offered in the IDE. Banana Cake Pop's config takes one initial document, so the examples are
/// joined into it (each file should hold named operations, names unique across files, so the joined text stays valid).
/// </summary>
internal static class ExampleDocuments
{
    private const string Fallback = "query GraphVersion {\n  graph {\n    version\n  }\n}\n";

    /// <summary>Every <c>*.graphql</c> file of the folder, ordered by name; empty when there is no folder.</summary>
    public static IReadOnlyList<ExampleDocument> Load(string? directory) =>
        directory is null || !Directory.Exists(directory)
            ? []
            : Directory.EnumerateFiles(directory, "*.graphql")
                .Order(StringComparer.Ordinal)
                .Select(path => new ExampleDocument(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
                .ToList();

    /// <summary>The document a fresh IDE opens with: a short guide, then every example.</summary>
    public static string InitialDocument(IReadOnlyList<ExampleDocument> examples, string graphQLPath)
    {
        var text = new StringBuilder()
            .Append("# Her2Graph: a knowledge graph of HER2-mutant NSCLC.\n")
            .Append("# Click \"Run\" above an operation (or put the cursor in it and press Ctrl+Alt+Enter). The schema is at ")
            .Append(graphQLPath).Append("/schema.graphql;\n# each example is also at ")
            .Append(graphQLPath).Append("/examples/<name>.graphql.\n");
        if (examples.Count == 0)
        {
            return text.Append('\n').Append(Fallback).ToString();
        }

        foreach (var example in examples)
        {
            text.Append("\n# ").Append(example.Name).Append('\n').Append(example.Text.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
