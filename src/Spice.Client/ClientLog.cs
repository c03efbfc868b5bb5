using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Messages.Main;

namespace Spice.Client;

/// <summary>Every client log line, with stable event ids (1xxx: session, 2xxx: channels).</summary>
internal static partial class ClientLog
{
    [LoggerMessage(1001, LogLevel.Information, "Connected to {Server}: session {SessionId}, {ChannelCount} channels listed")]
    public static partial void Connected(ILogger logger, string server, uint sessionId, int channelCount);

    [LoggerMessage(1002, LogLevel.Information, "Session closed: {Reason}")]
    public static partial void SessionClosed(ILogger logger, string reason);

    [LoggerMessage(1003, LogLevel.Debug, "Mouse mode: supported {Supported}, current {Current}")]
    public static partial void MouseMode(ILogger logger, MouseMode supported, MouseMode current);

    [LoggerMessage(1004, LogLevel.Warning, "Channel {Type}:{Id} not linked: {Reason}")]
    public static partial void ChannelSkipped(ILogger logger, ChannelType type, byte id, string reason);

    [LoggerMessage(2001, LogLevel.Debug, "Channel {Type}:{Id} linked (mini header {Mini})")]
    public static partial void ChannelLinked(ILogger logger, ChannelType type, byte id, bool mini);

    [LoggerMessage(2002, LogLevel.Information, "Channel {Type}:{Id} closed: {Reason}")]
    public static partial void ChannelClosed(ILogger logger, ChannelType type, byte id, string reason);

    [LoggerMessage(2003, LogLevel.Debug, "Channel {Type}:{Id} skipped unknown message type {MessageType} ({Size} bytes)")]
    public static partial void UnknownMessage(ILogger logger, ChannelType type, byte id, ushort messageType, int size);

    [LoggerMessage(2004, LogLevel.Information, "Channel {Type}:{Id} server notify: {Text}")]
    public static partial void Notify(ILogger logger, ChannelType type, byte id, string text);

    [LoggerMessage(2005, LogLevel.Debug, "Channel {Type}:{Id} set ack: generation {Generation}, window {Window}")]
    public static partial void SetAck(ILogger logger, ChannelType type, byte id, uint generation, uint window);

    [LoggerMessage(2006, LogLevel.Warning, "Channel {Type}:{Id} dropped a message it could not use: {Reason}")]
    public static partial void MessageDropped(ILogger logger, ChannelType type, byte id, string reason);

    [LoggerMessage(2007, LogLevel.Trace, "Channel {Type}:{Id} received message type {MessageType} ({Size} bytes)")]
    public static partial void MessageReceived(ILogger logger, ChannelType type, byte id, ushort messageType, int size);
}
