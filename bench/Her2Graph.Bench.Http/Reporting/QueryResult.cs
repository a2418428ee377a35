using Her2Graph.Bench.Http.Load;

namespace Her2Graph.Bench.Http.Reporting;

/// <summary>Everything measured for one canonical query; the peer only implements the lookup, Neo4j only when a server is given.</summary>
internal sealed record QueryResult(
    string Title, WrkResult Warm, WrkResult Cold, WrkResult Ceiling, WrkResult Tail, WrkResult? PeerWarm, WrkResult? PeerCold, WrkResult? Neo4jWarm)
{
    public double WarmRatio => Warm.RequestsPerSecond / Ceiling.RequestsPerSecond;

    public double ColdRatio => Cold.RequestsPerSecond / Ceiling.RequestsPerSecond;
}
