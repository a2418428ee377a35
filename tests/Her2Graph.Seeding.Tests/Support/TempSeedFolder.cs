namespace Her2Graph.Seeding.Tests.Support;

/// <summary>A graph-seed folder of a test's own in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempSeedFolder : IDisposable
{
    public TempSeedFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "her2graph-seeding-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "graph-seed");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary directory that holds <see cref="Folder"/>.</summary>
    public string Root { get; }

    /// <summary>The seed folder, named graph-seed so that locations read <c>graph-seed/…</c>.</summary>
    public string Folder { get; }

    /// <summary>A database file beside the folder (not created).</summary>
    public string DatabasePath => Path.Combine(Root, "her2graph.db");

    /// <summary>Writes (or overwrites) a file below the folder.</summary>
    public TempSeedFolder Write(string relativePath, string yaml)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public TempSeedFolder Delete(string relativePath)
    {
        File.Delete(Path.Combine(Folder, relativePath));
        return this;
    }

    /// <summary>Writes <see cref="SeedFiles.Valid"/>: 6 nodes and 4 relationships.</summary>
    public TempSeedFolder WithValidGraph()
    {
        foreach (var (path, yaml) in SeedFiles.Valid) Write(path, yaml);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere leaves a stray temp folder, which is harmless.
        }
    }
}
