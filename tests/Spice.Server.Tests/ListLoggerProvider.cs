using Microsoft.Extensions.Logging;

namespace Spice.Server.Tests;

/// <summary>Keeps every formatted log line, for asserting on what the server said.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new ListLogger(this);

    public void Dispose()
    {
    }

    public async Task<bool> WaitForAsync(string fragment, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private sealed class ListLogger(ListLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._lines)
            {
                owner._lines.Add($"{logLevel} {eventId.Id} {formatter(state, exception)}");
            }
        }
    }
}
