using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>Runs the handler on the reporting thread (Progress&lt;T&gt; posts it later), so a test sees every report in order.</summary>
internal sealed class SyncProgress(Action<ExportProgress> handler) : IProgress<ExportProgress>
{
    public List<ExportProgress> Reports { get; } = [];

    public void Report(ExportProgress value)
    {
        Reports.Add(value);
        handler(value);
    }
}
