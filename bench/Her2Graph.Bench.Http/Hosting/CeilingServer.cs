namespace Her2Graph.Bench.Http.Hosting;

/// <summary>The ceiling (<see cref="Ceiling.CeilingApp"/>) in its own process, this program started in <c>ceiling</c> mode, pinned like the API.</summary>
internal static class CeilingServer
{
    public static Task<PinnedProcess> StartAsync(string answersFolder, string logFile)
    {
        var url = new Uri($"http://127.0.0.1:{PinnedProcess.FreePort()}");
        var self = typeof(CeilingServer).Assembly.Location;
        return PinnedProcess.StartAsync("ceiling", 0, "dotnet", [self, "ceiling", answersFolder, url.ToString()],
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" }, url, "/health", logFile, TimeSpan.FromSeconds(60));
    }
}
