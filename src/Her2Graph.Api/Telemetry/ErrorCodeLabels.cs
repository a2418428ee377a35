using System.Collections.Concurrent;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// The <c>error.code</c> label: the catalogue's codes as they are, and the engine's own (validation rules, syntax) up
/// to a fixed number of distinct ones, <c>OTHER</c> beyond, so no answer can add label values without end.
/// </summary>
internal sealed class ErrorCodeLabels
{
    public const string Other = "OTHER";
    public const string None = "NONE";

    // GraphQL.NET has a few dozen error codes; far more means something is minting them.
    private const int MaxEngineCodes = 64;

    private static readonly HashSet<string> Catalogue = [.. ErrorCodes.All.Select(code => code.Code)];
    private readonly ConcurrentDictionary<string, byte> _engine = new(StringComparer.Ordinal);

    public string For(string? code)
    {
        if (string.IsNullOrEmpty(code)) return None;
        if (Catalogue.Contains(code) || _engine.ContainsKey(code)) return code;
        if (_engine.Count >= MaxEngineCodes || code.Length > 64) return Other;
        _engine.TryAdd(code, 0);
        return code;
    }
}
