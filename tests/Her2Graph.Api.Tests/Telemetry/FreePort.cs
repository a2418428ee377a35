using System.Net;
using System.Net.Sockets;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>A loopback port nothing listens on right now (the OS picks it; a race with another process is possible but rare).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
