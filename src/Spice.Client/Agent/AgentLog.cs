using Microsoft.Extensions.Logging;
using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>Agent log lines, with stable event ids (6xxx).</summary>
internal static partial class AgentLog
{
    [LoggerMessage(6001, LogLevel.Information, "Agent connected ({Tokens} tokens)")]
    public static partial void Connected(ILogger logger, uint tokens);

    [LoggerMessage(6002, LogLevel.Information, "Agent disconnected")]
    public static partial void Disconnected(ILogger logger);

    [LoggerMessage(6003, LogLevel.Debug, "Agent capabilities: {Caps}")]
    public static partial void Capabilities(ILogger logger, string caps);

    [LoggerMessage(6004, LogLevel.Warning, "Agent message dropped: {Reason}")]
    public static partial void Dropped(ILogger logger, string reason);

    [LoggerMessage(6005, LogLevel.Debug, "Agent message {Type} received ({Size} bytes)")]
    public static partial void Received(ILogger logger, AgentMessageType type, uint size);

    [LoggerMessage(6006, LogLevel.Debug, "Agent message {Type} sent ({Size} bytes in {Chunks} chunks)")]
    public static partial void Sent(ILogger logger, AgentMessageType type, int size, int chunks);

    [LoggerMessage(6007, LogLevel.Debug, "Agent reply to {Type}: {Error}")]
    public static partial void Reply(ILogger logger, AgentMessageType type, uint error);

    [LoggerMessage(6008, LogLevel.Debug, "Clipboard grab from the agent discarded: serial {Serial}, expected {Expected}")]
    public static partial void StaleGrab(ILogger logger, uint serial, uint expected);

    [LoggerMessage(6009, LogLevel.Information, "File transfer {Id} ended: {Status}")]
    public static partial void FileTransferEnded(ILogger logger, uint id, string status);
}
