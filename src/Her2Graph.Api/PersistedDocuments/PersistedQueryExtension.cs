using System.Security.Cryptography;
using System.Text;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>The request extension <c>persistedQuery: {version: 1, sha256Hash}</c> of Apollo's automatic persisted queries.</summary>
internal sealed record PersistedQueryExtension(string? Sha256Hash, bool Valid)
{
    public const string Name = "persistedQuery";

    public static bool IsPresent(IReadOnlyDictionary<string, object?>? extensions) => extensions?.ContainsKey(Name) == true;

    /// <summary>Null when absent; <see cref="Valid"/> false when it is not version 1 with a 64-hex-digit hash.</summary>
    public static PersistedQueryExtension? Read(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(Name, out var value)) return null;
        if (value is not IReadOnlyDictionary<string, object?> fields
            || !fields.TryGetValue("version", out var version) || !IsOne(version)
            || !fields.TryGetValue("sha256Hash", out var hash) || hash is not string text || !IsSha256(text))
            return new PersistedQueryExtension(null, Valid: false);
        return new PersistedQueryExtension(text.ToLowerInvariant(), Valid: true);
    }

    /// <summary>The hash clients compute: SHA-256 of the document's UTF-8 text, lower-case hex.</summary>
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static bool IsOne(object? version) => version is int or long or double or decimal && Convert.ToDouble(version, System.Globalization.CultureInfo.InvariantCulture) == 1;

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);
}
