using Microsoft.Extensions.Logging;

namespace Spice.Server;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 26, Level = LogLevel.Information, Message = "session {SessionId}: net test latency {Milliseconds:F1} ms, bandwidth {Megabits:F1} Mbit/s")]
    public static partial void NetTest(ILogger logger, uint sessionId, double milliseconds, double megabits);
}
