using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Her2Graph.Api.Limits;

/// <summary>
/// Documents that passed validation, by their text: a repeat skips the engine's full validation and runs only the
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>, so every rule that depends on the caller or the
/// variables must be registered there (curator-only mutations, queries-only GET, the argument limits; the engine's
/// cost analyzer is carried over here, see below). Runs after the
/// rules are added (sort order 200, as GraphQL.NET's own MemoryDocumentCache) and works although the endpoint parses
/// every document itself for its pre-pass. Bounded: when full, new documents are simply not cached.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>Total characters of cached document texts (the parsed trees take about ten times as much memory).</summary>
    public const int MaxCachedCharacters = 1_000_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);
    private long cachedCharacters;
    private long hits;

    public float SortOrder => 200;

    /// <summary>How many documents are cached.</summary>
    public int Count => documents.Count;

    /// <summary>How many requests were served a cached document (so a test can prove the cached path ran).</summary>
    public long Hits => Interlocked.Read(ref hits);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query) return await next(options).ConfigureAwait(false);
        var hit = documents.TryGetValue(query, out var cached);
        if (hit)
        {
            Interlocked.Increment(ref hits);
            options.Document = cached;
            // GraphQL.NET registers its complexity analyzer for uncached documents only, yet the cost of `first: $n`
            // depends on this request's variables: keep it.
            options.ValidationRules = [
                .. options.CachedDocumentValidationRules ?? [],
                .. options.ValidationRules?.OfType<ComplexityValidationRule>() ?? [],
            ];
        }

        var result = await next(options).ConfigureAwait(false);
        if (!hit && result.Executed && result.Document is { } validated && Interlocked.Add(ref cachedCharacters, query.Length) <= MaxCachedCharacters)
        {
            documents.TryAdd(query, validated);
        }

        return result;
    }
}
