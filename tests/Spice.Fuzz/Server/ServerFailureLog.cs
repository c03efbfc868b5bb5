using Microsoft.Extensions.Logging;

namespace Spice.Fuzz.Server;

/// <summary>
/// Collects what must never happen while clients misbehave: a channel ending in an unexpected
/// exception (event 16, "internal error"), any error-level line, and faulted tasks nobody observed.
/// </summary>
internal sealed class ServerFailureLog : ILoggerProvider, ILogger
{
    private const int ChannelFailedEvent = 16;
    private readonly List<string> _failures = [];

    public ServerFailureLog() => TaskScheduler.UnobservedTaskException += OnUnobserved;

    public IReadOnlyList<string> Failures
    {
        get
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state, exception);
        if (eventId.Id == ChannelFailedEvent || logLevel >= LogLevel.Error || text.Contains("internal error", StringComparison.Ordinal))
        {
            Add($"{text} {exception}");
        }
    }

    public void Dispose() => TaskScheduler.UnobservedTaskException -= OnUnobserved;

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => Add($"unobserved: {e.Exception}");

    private void Add(string failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }
}
