using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>The one spelling of export file names: each starts <c>her2graph-v&lt;version&gt;</c>, so a file says what it holds.</summary>
public static class ExportNames
{
    public static string Prefix(GraphVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return $"her2graph-v{version.Number}";
    }

    /// <summary><c>TrialArm</c> → <c>trial-arm</c>.</summary>
    public static string Kebab(NodeKind kind) => WireNames.SeedWordOf(WireNames.ToConstantCase(kind.ToString()));

    /// <summary><c>HAS_ADVERSE_EVENT</c> → <c>has-adverse-event</c>.</summary>
    public static string Kebab(RelationshipType type) => type.ToSeedWord();

    /// <summary>Creates (or empties) a folder this export owns by name, so a re-export leaves no stale file in it.</summary>
    internal static string FreshFolder(string outDirectory, string name)
    {
        var folder = Path.Combine(outDirectory, name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>LF line ends and UTF-8 without a byte-order mark on every platform: part of byte-identical exports.</summary>
    internal static StreamWriter Text(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }
}
