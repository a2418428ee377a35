using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>A logger provider that keeps every entry with the properties of the scopes it was written in.</summary>
public sealed class ScopeRecorder : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);

    private sealed class Logger(string category, ScopeRecorder recorder) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => recorder._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
            recorder._scopes.ForEachScope(
                (value, properties) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (key, item) in pairs) properties[key] = item;
                },
                scope);
            recorder._entries.Enqueue(new Entry(category, formatter(state, exception), scope));
        }
    }
}
