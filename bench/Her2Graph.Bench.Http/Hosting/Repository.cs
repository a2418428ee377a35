namespace Her2Graph.Bench.Http.Hosting;

/// <summary>Where the repository's parts are, found from the working directory (the command runs inside the repository).</summary>
internal static class Repository
{
    public static string SeedFolder { get; } = Seeding.Files.SeedFolder.Find(Directory.GetCurrentDirectory())
        ?? Seeding.Files.SeedFolder.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"run the benchmark inside the repository: no {Seeding.Files.SeedFolder.DefaultName}/ found");

    public static string Root => Path.GetDirectoryName(SeedFolder)!;

    public static string ApiProject => Path.Combine(Root, "src", "Her2Graph.Api", "Her2Graph.Api.csproj");

    public static string CliProject => Path.Combine(Root, "src", "Her2Graph.Cli", "Her2Graph.Cli.csproj");

    public static string Examples => Path.Combine(Root, "src", "Her2Graph.Api", "Ide", "examples");

    public static string Peer => Path.Combine(Root, "bench", "peer");

    public static string Results => Path.Combine(Root, "bench", "results");
}
