using Microsoft.Extensions.Logging;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>Log lines of the server's agent tunnel and file transfers, event ids 200-229.</summary>
internal static partial class AgentLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "session {SessionId}: agent started, {Tokens} client tokens")]
    public static partial void Started(ILogger logger, uint sessionId, uint tokens);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "session {SessionId}: agent {Type} ({Size} bytes) from the client")]
    public static partial void Received(ILogger logger, uint sessionId, AgentMessageType type, uint size);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "session {SessionId}: agent {Type} ({Size} bytes, {Chunks} chunks) to the client")]
    public static partial void Sent(ILogger logger, uint sessionId, AgentMessageType type, int size, int chunks);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "session {SessionId}: agent message dropped: {Reason} (further drops are logged at debug level)")]
    public static partial void Dropped(ILogger logger, uint sessionId, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Debug, Message = "session {SessionId}: agent message dropped: {Reason}")]
    public static partial void DroppedAgain(ILogger logger, uint sessionId, string reason);

    [LoggerMessage(EventId = 205, Level = LogLevel.Debug, Message = "session {SessionId}: client agent capabilities {Caps}")]
    public static partial void ClientCaps(ILogger logger, uint sessionId, string caps);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "session {SessionId}: agent {Type} ignored")]
    public static partial void Ignored(ILogger logger, uint sessionId, AgentMessageType type);

    [LoggerMessage(EventId = 207, Level = LogLevel.Error, Message = "session {SessionId}: the agent failed on {What}")]
    public static partial void AgentFailed(ILogger logger, uint sessionId, string what, Exception exception);

    [LoggerMessage(EventId = 208, Level = LogLevel.Debug, Message = "session {SessionId}: stale clipboard grab dropped: serial {Serial}, expected {Expected}")]
    public static partial void StaleGrab(ILogger logger, uint sessionId, uint serial, uint expected);

    [LoggerMessage(EventId = 209, Level = LogLevel.Information, Message = "session {SessionId}: agent {Change}, client told")]
    public static partial void AgentChanged(ILogger logger, uint sessionId, string change);

    [LoggerMessage(EventId = 214, Level = LogLevel.Debug, Message = "session {SessionId}: agent message {Type} dropped: no agent attached")]
    public static partial void NoAgent(ILogger logger, uint sessionId, ushort type);

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "file transfer {Id}: receiving {Name} ({Size} bytes)")]
    public static partial void FileStarted(ILogger logger, uint id, string name, ulong size);

    [LoggerMessage(EventId = 211, Level = LogLevel.Information, Message = "file transfer {Id}: saved {Path}")]
    public static partial void FileSaved(ILogger logger, uint id, string path);

    [LoggerMessage(EventId = 212, Level = LogLevel.Warning, Message = "file transfer {Id}: refused {Name}: {Reason}")]
    public static partial void FileRefused(ILogger logger, uint id, string name, string reason);

    [LoggerMessage(EventId = 213, Level = LogLevel.Information, Message = "file transfer {Id}: abandoned: {Reason}")]
    public static partial void FileAbandoned(ILogger logger, uint id, string reason);
}
