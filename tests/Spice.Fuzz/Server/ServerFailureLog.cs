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

    public ServerFailureLog()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        TaskScheduler.UnobservedTaskException += OnUnobserved;
    }

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

    /// <summary>
    /// After the abuse: a fresh client still links the main channel, and, once the server had a moment to log what
    /// the abuse left behind, none of the failures above happened.
    /// </summary>
    public async Task AssertServerSurvivedAsync(int port, TimeSpan settle)
    {
        using var last = await FuzzLink.ConnectAsync(port);
        Assert.NotEqual(0u, await FuzzLink.LinkAsync(last, 1, 0));
        await Task.Delay(settle);
        var found = Failures;
        Assert.True(found.Count == 0, string.Join("\n\n", found));
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

    /// <summary>Faulted tasks that went through the server's code; other tests' leftovers finalized meanwhile are theirs.</summary>
    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
    {
        if (e.Exception.ToString().Contains("at Spice.Server.", StringComparison.Ordinal))
        {
            Add($"unobserved: {e.Exception}");
        }
    }

    private void Add(string failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }
}
