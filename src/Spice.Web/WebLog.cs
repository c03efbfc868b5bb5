using Microsoft.Extensions.Logging;

namespace Spice.Web;

/// <summary>Every log line of the web viewer, with stable event ids (9000..9099).</summary>
internal static partial class WebLog
{
    [LoggerMessage(9000, LogLevel.Information, "Web viewer listening on {Url}")]
    public static partial void Listening(ILogger logger, string url);

    [LoggerMessage(9001, LogLevel.Information, "Browser {Peer} connected ({Count} watching)")]
    public static partial void ViewerJoined(ILogger logger, string peer, int count);

    [LoggerMessage(9002, LogLevel.Information, "Browser {Peer} left: {Reason}")]
    public static partial void ViewerLeft(ILogger logger, string peer, string reason);

    [LoggerMessage(9003, LogLevel.Warning, "Browser {Peer} refused: {Reason}")]
    public static partial void ViewerRefused(ILogger logger, string peer, string reason);

    [LoggerMessage(9004, LogLevel.Debug, "Screen is {Width}x{Height} ({Tiles} tiles)")]
    public static partial void ScreenSize(ILogger logger, int width, int height, int tiles);

    [LoggerMessage(9005, LogLevel.Information, "SPICE session closed: {Reason}")]
    public static partial void SessionClosed(ILogger logger, string reason);

    [LoggerMessage(9006, LogLevel.Debug, "No scancode for key {Code}")]
    public static partial void UnknownKey(ILogger logger, string code);

    [LoggerMessage(9007, LogLevel.Debug, "{Kind} input dropped: {Reason}")]
    public static partial void InputDropped(ILogger logger, ViewerInputKind kind, string reason);

    [LoggerMessage(9008, LogLevel.Information, "Asked the guest for a {Width}x{Height} monitor")]
    public static partial void GuestResized(ILogger logger, int width, int height);

    [LoggerMessage(9009, LogLevel.Debug, "Resize to {Width}x{Height} not applied: {Reason}")]
    public static partial void ResizeFailed(ILogger logger, int width, int height, string reason);
}
