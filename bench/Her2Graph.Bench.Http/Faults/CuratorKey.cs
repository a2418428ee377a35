using System.Security.Cryptography;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// A curator API key made for one run, configured as README "Make a key" says: only its SHA-256 reaches the API,
/// through <c>Her2Graph:ApiKeys</c>; the key itself stays in this process and dies with it.
/// </summary>
internal sealed class CuratorKey
{
    public const string Id = "load-bench";

    public string Key { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Her2Graph__ApiKeys__0__Id"] = Id,
        ["Her2Graph__ApiKeys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key))),
        ["Her2Graph__ApiKeys__0__Roles__0"] = "curator",
    };
}
