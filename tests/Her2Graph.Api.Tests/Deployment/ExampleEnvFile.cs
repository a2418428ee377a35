namespace Her2Graph.Api.Tests.Deployment;

/// <summary>The example env file the README tells operators to copy (deploy/her2graph.env.example), as its KEY=VALUE pairs.</summary>
internal static class ExampleEnvFile
{
    public const string RelativePath = "deploy/her2graph.env.example";

    public static IReadOnlyDictionary<string, string> Read(string path) => File.ReadAllLines(path)
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('=', 2))
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
}
