using System.Diagnostics;

namespace Her2Graph.Bench.Http.Hosting;

/// <summary>The graphql-js peer (bench/peer), its packages installed from the committed lock file when missing.</summary>
internal static class PeerServer
{
    public static async Task<PinnedProcess> StartAsync(string factsJson, string logFile)
    {
        if (!Directory.Exists(Path.Combine(Repository.Peer, "node_modules", "graphql-http")))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = Repository.Peer })!;
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0) throw new InvalidOperationException("npm ci failed in bench/peer");
        }

        var url = new Uri($"http://127.0.0.1:{PinnedProcess.FreePort()}");
        return await PinnedProcess.StartAsync("graphql-js peer", 0, "node", [Path.Combine(Repository.Peer, "server.js"), factsJson, url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["NODE_ENV"] = "production" }, url, "/health", logFile, TimeSpan.FromSeconds(30));
    }
}
