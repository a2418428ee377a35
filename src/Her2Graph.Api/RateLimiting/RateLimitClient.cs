using System.Net;
using System.Net.Sockets;
using System.Security.Claims;

namespace Her2Graph.Api.RateLimiting;

/// <summary>Who a request is charged to: its API key id when it has a valid key, else its remote address.</summary>
internal readonly record struct RateLimitClient(string Id, bool Keyed)
{
    public static RateLimitClient Of(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } keyId)
            return new RateLimitClient("key:" + keyId, Keyed: true);
        return new RateLimitClient("address:" + Network(context.Connection.RemoteIpAddress), Keyed: false);
    }

    // One IPv6 host usually holds a whole /64: charging each address alone would give it billions of budgets.
    private static string Network(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
