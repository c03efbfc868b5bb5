using System.Drawing;
using Microsoft.Extensions.Logging;

namespace Spice.Server.Display.Streams;

/// <summary>Video stream log lines; event ids 80..89.</summary>
internal static partial class StreamLog
{
    [LoggerMessage(EventId = 80, Level = LogLevel.Debug, Message = "session {SessionId}: stream {StreamId} created over {Area} ({Reason})")]
    public static partial void Created(ILogger logger, uint sessionId, uint streamId, Rectangle area, string reason);

    [LoggerMessage(EventId = 81, Level = LogLevel.Debug, Message = "session {SessionId}: stream {StreamId} destroyed after {Frames} frames, {Bytes} bytes ({Reason})")]
    public static partial void Destroyed(ILogger logger, uint sessionId, uint streamId, long frames, long bytes, string reason);

    [LoggerMessage(EventId = 82, Level = LogLevel.Debug, Message = "session {SessionId}: stream {StreamId} report: {Frames} frames, {Drops} dropped, last frame {Delay} ms early; now quality {Quality}, {Interval} ms a frame")]
    public static partial void Report(ILogger logger, uint sessionId, uint streamId, uint frames, uint drops, int delay, int quality, int interval);

    [LoggerMessage(EventId = 83, Level = LogLevel.Warning, Message = "session {SessionId}: stream {StreamId} frame of {Width}x{Height} could not be encoded; the area goes as images")]
    public static partial void EncodeFailed(ILogger logger, uint sessionId, uint streamId, int width, int height, Exception exception);
}
