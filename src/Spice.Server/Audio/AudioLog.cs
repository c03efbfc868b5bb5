using Microsoft.Extensions.Logging;

namespace Spice.Server.Audio;

/// <summary>Sound log lines (event ids 400..449).</summary>
internal static partial class AudioLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "session {SessionId}: playback in {Mode} mode")]
    public static partial void PlaybackMode(ILogger logger, uint sessionId, string mode);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "session {SessionId}: client records in {Mode} mode")]
    public static partial void RecordMode(ILogger logger, uint sessionId, string mode);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "session {SessionId}: {Channel} dropped a bad audio packet ({Reason}); further ones are only counted")]
    public static partial void BadPacket(ILogger logger, uint sessionId, string channel, string reason);

    [LoggerMessage(EventId = 403, Level = LogLevel.Debug, Message = "session {SessionId}: playback client fell behind, dropped {Frames} frames so far")]
    public static partial void FramesDropped(ILogger logger, uint sessionId, long frames);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "a recorded-audio handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);
}
