using System.Net;
using Microsoft.Extensions.Logging;

namespace Spice.Server;

/// <summary>Every log line the server writes, with stable event ids.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SPICE server listening on {EndPoint}")]
    public static partial void Listening(ILogger logger, EndPoint endPoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "SPICE server stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "accept failed")]
    public static partial void AcceptFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "client {Remote} connected: session {SessionId}")]
    public static partial void ClientConnected(ILogger logger, string remote, uint sessionId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "client {Remote} disconnected: session {SessionId}: {Reason}")]
    public static partial void ClientDisconnected(ILogger logger, string remote, uint sessionId, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "link from {Remote} refused ({Result}): {Reason}")]
    public static partial void LinkRefused(ILogger logger, string remote, string result, string reason);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "link from {Remote} dropped before it completed: {Reason}")]
    public static partial void LinkAbandoned(ILogger logger, string remote, string reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "session {SessionId}: {Channel} channel {ChannelId} linked (mini header {Mini})")]
    public static partial void ChannelLinked(ILogger logger, uint sessionId, string channel, int channelId, bool mini);

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "session {SessionId}: {Channel} channel closed: {Reason}")]
    public static partial void ChannelClosed(ILogger logger, uint sessionId, string channel, string reason);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "session {SessionId}: {Channel} channel failed")]
    public static partial void ChannelFailed(ILogger logger, uint sessionId, string channel, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Error, Message = "link from {Remote} failed")]
    public static partial void LinkFailed(ILogger logger, string remote, Exception exception);

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "session {SessionId}: {Channel} ignores message type {Type}")]
    public static partial void UnknownMessage(ILogger logger, uint sessionId, string channel, ushort type);

    [LoggerMessage(EventId = 21, Level = LogLevel.Debug, Message = "session {SessionId}: round trip {Milliseconds:F1} ms on {Channel}")]
    public static partial void Latency(ILogger logger, uint sessionId, string channel, double milliseconds);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "session {SessionId}: mouse mode {Mode}")]
    public static partial void MouseMode(ILogger logger, uint sessionId, string mode);

    [LoggerMessage(EventId = 23, Level = LogLevel.Debug, Message = "session {SessionId}: display init, pixmap cache {CachePixels} pixels, glz window {GlzPixels} pixels")]
    public static partial void DisplayInit(ILogger logger, uint sessionId, long cachePixels, int glzPixels);

    [LoggerMessage(EventId = 24, Level = LogLevel.Debug, Message = "session {SessionId}: client prefers compression {Compression}")]
    public static partial void PreferredCompression(ILogger logger, uint sessionId, int compression);

    [LoggerMessage(EventId = 25, Level = LogLevel.Warning, Message = "session {SessionId}: {Codec} failed on a {Width}x{Height} image; sent it uncompressed")]
    public static partial void EncodeFailed(ILogger logger, uint sessionId, string codec, int width, int height, Exception exception);
}
