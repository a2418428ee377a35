using System.Security.Cryptography;
using System.Text;

namespace Her2Graph.Api.Auth;

/// <summary>
/// The configured API keys, checked once at start: each id unique and non-empty, each hash 64 hex digits. Looks a
/// presented key up by its hash in constant time, so response timing does not reveal how close a guess was.
/// </summary>
internal sealed class ApiKeyring
{
    private readonly IReadOnlyList<(ApiKeyEntry Entry, byte[] Hash)> _keys;

    public ApiKeyring(IEnumerable<ApiKeyEntry> entries)
    {
        var keys = new List<(ApiKeyEntry, byte[])>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || !ids.Add(entry.Id))
                throw new InvalidOperationException($"{ApiKeyDefaults.Section}: every key needs a unique, non-empty Id ('{entry.Id}')");
            keys.Add((entry, ParseHash(entry)));
        }

        _keys = keys;
    }

    /// <summary>The entry whose hash matches <paramref name="key"/>, or null. Compares against every entry, whatever matches.</summary>
    public ApiKeyEntry? Find(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        ApiKeyEntry? found = null;
        foreach (var (entry, expected) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected)) found = entry;
        }

        return found;
    }

    /// <summary>Whether any configured key has this hash (hex).</summary>
    public bool Contains(string sha256Hex) => _keys.Any(k => Convert.ToHexString(k.Hash).Equals(sha256Hex, StringComparison.OrdinalIgnoreCase));

    private static byte[] ParseHash(ApiKeyEntry entry)
    {
        var hex = entry.Sha256.Trim();
        if (hex.Length == 64)
        {
            try
            {
                return Convert.FromHexString(hex);
            }
            catch (FormatException)
            {
                // reported below
            }
        }

        throw new InvalidOperationException(
            $"{ApiKeyDefaults.Section}: key '{entry.Id}' needs Sha256 = the 64 hex digits of SHA-256 of the key (printf %s \"$KEY\" | sha256sum)");
    }
}
