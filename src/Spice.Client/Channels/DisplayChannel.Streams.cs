using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;

namespace Spice.Client.Channels;

public sealed partial class DisplayChannel
{
    private readonly Dictionary<uint, StreamReportWindow> _reports = [];
    private long _streamFrames;
    private long _streamReports;

    /// <summary>Video stream frames (stream-data messages) the canvas drew.</summary>
    public long StreamFramesDrawn => Interlocked.Read(ref _streamFrames);

    /// <summary>Stream reports sent to the server, the "this stream cannot be shown" kind included.</summary>
    public long StreamReportsSent => Interlocked.Read(ref _streamReports);

    /// <summary>The server asked for reports on a stream: one every max-window frames or timeout, whichever comes first.</summary>
    private ValueTask OnStreamActivateReport(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var activate = StreamActivateReport.Read(body);
        if (activate.StreamId < Protocol.ProtocolLimits.MaxNumStreams)
        {
            _reports[activate.StreamId] = new StreamReportWindow(activate.UniqueId, Math.Max(1, activate.MaxWindowSize), activate.TimeoutMs);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// What a stream message means for reporting, after the canvas had it: a new or destroyed stream
    /// ends its report window; a drawn frame counts towards one; a stream the canvas could not
    /// create or draw is reported as unsupported, which makes the server fall back to images.
    /// </summary>
    private ValueTask AfterStreamMessageAsync(ISpiceMessage message, bool drawn, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case StreamCreate create:
                _reports.Remove(create.Id);
                return drawn ? ValueTask.CompletedTask : ReportUnsupportedAsync(create.Id, cancellationToken);
            case StreamDestroy destroy:
                _reports.Remove(destroy.Id);
                return ValueTask.CompletedTask;
            case EmptyMessage { MessageType: (ushort)DisplayMessageType.StreamDestroyAll }:
                _reports.Clear();
                return ValueTask.CompletedTask;
            case StreamData data:
                return AfterFrameAsync(data.Base, drawn, cancellationToken);
            case StreamDataSized sized:
                return AfterFrameAsync(sized.Base, drawn, cancellationToken);
            default:
                return ValueTask.CompletedTask;
        }
    }

    private ValueTask AfterFrameAsync(StreamDataHeader header, bool drawn, CancellationToken cancellationToken)
    {
        if (!drawn)
        {
            _reports.Remove(header.Id);
            return ReportUnsupportedAsync(header.Id, cancellationToken);
        }

        Interlocked.Increment(ref _streamFrames);
        var delay = FrameDelay(header);
        FrameTimed?.Invoke(header.Id, header.MultiMediaTime, delay);
        return CountFrameAsync(header, delay, cancellationToken);
    }

    private async ValueTask CountFrameAsync(StreamDataHeader header, int delay, CancellationToken cancellationToken)
    {
        if (!_reports.TryGetValue(header.Id, out var window))
        {
            return;
        }

        var now = Environment.TickCount64;
        if (window.Frames == 0)
        {
            window.StartMmTime = header.MultiMediaTime;
            window.StartedAt = now;
        }

        window.Frames++;
        if (window.Frames < window.MaxWindow && now - window.StartedAt < window.TimeoutMs)
        {
            return;
        }

        var report = new StreamReport
        {
            StreamId = header.Id,
            UniqueId = window.UniqueId,
            StartFrameMmTime = window.StartMmTime,
            EndFrameMmTime = header.MultiMediaTime,
            NumFrames = window.Frames,
            NumDrops = 0,
            LastFrameDelay = delay,
            AudioDelay = uint.MaxValue,
        };
        window.Frames = 0;
        await SendReportAsync(report, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>spice-gtk's convention for "no such stream here": zero frames, all-ones drops.</summary>
    private async ValueTask ReportUnsupportedAsync(uint streamId, CancellationToken cancellationToken)
    {
        if (ServerChannelCaps.Has(DisplayCapability.StreamReport))
        {
            await SendReportAsync(new StreamReport { StreamId = streamId, NumFrames = 0, NumDrops = uint.MaxValue }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask SendReportAsync(StreamReport report, CancellationToken cancellationToken)
    {
        await SendAsync(report, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _streamReports);
    }

    private sealed class StreamReportWindow(uint uniqueId, uint maxWindow, uint timeoutMs)
    {
        public uint UniqueId { get; } = uniqueId;

        public uint MaxWindow { get; } = maxWindow;

        public uint TimeoutMs { get; } = timeoutMs;

        public uint Frames { get; set; }

        public uint StartMmTime { get; set; }

        public long StartedAt { get; set; }
    }
}
