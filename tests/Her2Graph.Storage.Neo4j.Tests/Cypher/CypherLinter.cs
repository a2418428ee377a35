using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Her2Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Runs CypherLint/lint.mjs under node: Neo4j's own Cypher parser (@neo4j-cypher/language-support), offline.
/// <see cref="Unavailable"/> says why it cannot run here (no node, packages not installed), for a skip reason.
/// </summary>
internal static class CypherLinter
{
    private static readonly string Directory = typeof(CypherLinter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CypherLintDirectory").Value!;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string? Unavailable =>
        !System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@neo4j-cypher", "language-support"))
            ? $"npm packages are not installed in {Directory} (run npm ci there)"
            : !NodeRuns() ? "node is not on PATH" : null;

    /// <summary>Lints the statements; with a schema, names the schema lacks (labels, types, property keys) are reported too.</summary>
    public static async Task<IReadOnlyList<LintFinding>> LintAsync(IEnumerable<(string Name, string Statement)> statements, CypherSchema? schema = null)
    {
        var input = JsonSerializer.Serialize(
            new { schema, statements = statements.Select(s => new { name = s.Name, statement = s.Statement }) }, Web);
        var start = new ProcessStartInfo("node", "lint.mjs")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"lint.mjs failed ({process.ExitCode}): {await error}");
        return JsonSerializer.Deserialize<List<LintFinding>>(output, Web)!;
    }

    private static bool NodeRuns()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
