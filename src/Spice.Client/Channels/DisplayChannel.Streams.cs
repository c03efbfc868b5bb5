using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;

namespace Spice.Client.Channels;

public sealed partial class DisplayChannel
{
    private readonly Dictionary<uint, StreamReportWindow> _reports = [];

    /// <summary>The server asked for reports on a stream: one every max-window frames or timeout, whichever comes first.</summary>
    private ValueTask OnStreamActivateReport(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var activate = StreamActivateReport.Read(body);
        if (_reports.Count < Protocol.ProtocolLimits.MaxNumStreams || _reports.ContainsKey(activate.StreamId))
        {
            _reports[activate.StreamId] = new StreamReportWindow(activate.UniqueId, Math.Max(1, activate.MaxWindowSize), activate.TimeoutMs);
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask CountStreamFrameAsync(ISpiceMessage frame, CancellationToken cancellationToken)
    {
        var header = frame switch
        {
            StreamData d => d.Base,
            StreamDataSized s => s.Base,
            _ => default,
        };
        if (!_reports.TryGetValue(header.Id, out var window))
        {
            return;
        }

        if (window.Frames == 0)
        {
            window.StartMmTime = header.MultiMediaTime;
            window.StartedAt = Environment.TickCount64;
        }

        window.EndMmTime = header.MultiMediaTime;
        window.Frames++;
        if (window.Frames < window.MaxWindow && Environment.TickCount64 - window.StartedAt < window.TimeoutMs)
        {
            return;
        }

        var report = new StreamReport
        {
            StreamId = header.Id,
            UniqueId = window.UniqueId,
            StartFrameMmTime = window.StartMmTime,
            EndFrameMmTime = window.EndMmTime,
            NumFrames = window.Frames,
            NumDrops = 0,
            LastFrameDelay = 0,
            AudioDelay = uint.MaxValue,
        };
        window.Frames = 0;
        await SendAsync(report, cancellationToken).ConfigureAwait(false);
    }

    private sealed class StreamReportWindow(uint uniqueId, uint maxWindow, uint timeoutMs)
    {
        public uint UniqueId { get; } = uniqueId;

        public uint MaxWindow { get; } = maxWindow;

        public uint TimeoutMs { get; } = timeoutMs;

        public uint Frames { get; set; }

        public uint StartMmTime { get; set; }

        public uint EndMmTime { get; set; }

        public long StartedAt { get; set; }
    }
}
