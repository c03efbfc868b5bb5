using Microsoft.Extensions.Logging;

namespace Spice.Cli.Demo;

/// <summary>Log lines of the demo's built-in agent, event ids 300-319.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "session {SessionId}: desktop laid out as {Layout}")]
    public static partial void LayoutChanged(ILogger logger, uint sessionId, string layout);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "session {SessionId}: monitors config with {Count} monitors refused")]
    public static partial void LayoutRefused(ILogger logger, uint sessionId, int count);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "session {SessionId}: clipboard text received ({Length} chars)")]
    public static partial void ClipboardReceived(ILogger logger, uint sessionId, int length);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "session {SessionId}: clipboard of {Size} bytes refused (max {Max})")]
    public static partial void ClipboardRefused(ILogger logger, uint sessionId, int size, int max);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "demo clipboard offered ({Length} chars)")]
    public static partial void ClipboardOffered(ILogger logger, int length);
}
