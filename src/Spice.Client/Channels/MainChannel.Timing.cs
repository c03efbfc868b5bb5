using System.Diagnostics;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Channels;

public sealed partial class MainChannel
{
    /// <summary>
    /// SPICE_MSG_MAIN_MULTI_MEDIA_TIME: the server moved this client's multimedia clock (its stream
    /// latency changed). Raised on the read loop with the time and the Stopwatch timestamp it arrived at.
    /// </summary>
    internal event Action<uint, long>? MultimediaTimeReceived;

    private ValueTask OnMultimediaTime(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var at = Stopwatch.GetTimestamp();
        MultimediaTimeReceived?.Invoke(MultiMediaTime.Read(body).Time, at);
        return ValueTask.CompletedTask;
    }
}
