using System.Diagnostics;

namespace Her2Graph.Bench.Http.Reporting;

/// <summary>When and on what a run was made, for the report: the date, the cores, and the load other processes put on them.</summary>
internal sealed record RunInfo(DateTimeOffset Started, int Cores, string LoadBefore, string LoadAfter, string Settings)
{
    public string Date => Started.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 1/5/15-minute load averages; above 0 while idle means other work shared the cores.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public string Describe() =>
        $"{Started:yyyy-MM-dd HH:mm} UTC, {Cores} cores (servers on core 0, wrk on core 1), load average before {LoadBefore}, after {LoadAfter}; {Settings}";

    public static string Uptime()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true })!;
            return p.StandardOutput.ReadToEnd().Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}
