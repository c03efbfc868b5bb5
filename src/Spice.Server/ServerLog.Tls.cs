using System.Net;
using Microsoft.Extensions.Logging;

namespace Spice.Server;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "SPICE server listening for TLS on {EndPoint}")]
    public static partial void TlsListening(ILogger logger, EndPoint endPoint);

    [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "TLS handshake with {Remote} failed: {Reason}")]
    public static partial void TlsHandshakeFailed(ILogger logger, string remote, string reason);
}
