using System.Buffers;
using System.Diagnostics;
using System.Drawing;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Server.Display.Streams;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// Video streams for this client: areas redrawn at video rate (or the embedder's video hint) go as
/// MJPEG frames taken from the framebuffer when the client can take one, never queued. Draws that
/// cross a stream's edge are sent losslessly and clipped out of it; an area that goes quiet gets
/// STREAM_DESTROY and then a lossless redraw, so the final picture is exact.
/// </summary>
internal sealed partial class DisplayChannel
{
    private const int MaxStreamsPerClient = 4;
    private const uint ReportWindowFrames = 20;
    private const uint ReportTimeoutMilliseconds = 1000;
    private const int BaseLatencyMilliseconds = 80;
    private const int MaxLatencyMilliseconds = 400;

    private readonly List<VideoStream> _streams = [];
    private readonly VideoDetector _detector = new();
    private readonly List<(VideoStream Stream, Rectangle Area, int Offset)> _frames = [];
    private VideoStreamingMode _streamMode;
    private Timer? _streamTimer;
    private static readonly EmptyMessage StreamDestroyAll = new((ushort)DisplayMessageType.StreamDestroyAll);

    private byte[] _frameScratch = [];
    private bool _streamsReset;
    private uint _nextStreamId;
    private uint _nextUniqueId;

    /// <summary>Old clients (no MULTI_CODEC) all decode MJPEG; newer ones say whether they do.</summary>
    private bool ClientTakesMjpeg =>
        !ChannelCaps.Has(DisplayCapability.MultiCodec) || ChannelCaps.Has(DisplayCapability.CodecMjpeg);

    private void StartStreams(VideoStreamingMode mode)
    {
        _streamMode = ClientTakesMjpeg ? mode : VideoStreamingMode.Off;
        if (_streamMode != VideoStreamingMode.Off)
        {
            _streamTimer = new Timer(_ => Signal());
        }
    }

    /// <summary>Routes an invalidated area (state lock held) to a stream, or to the dirty grid.</summary>
    private void AddChanged(Rectangle area)
    {
        if (_streamMode == VideoStreamingMode.Off)
        {
            _dirty.Add(area);
            return;
        }

        var now = Server.Clock.Milliseconds;
        if (_display.VideoHintUnderGate is { } hint && area.IntersectsWith(hint) && new Rectangle(0, 0, _width, _height).Contains(hint)
            && !_streams.Exists(s => s.Area == hint))
        {
            StartStream(hint, hinted: true, now);
        }

        var crossed = false;
        foreach (var stream in _streams)
        {
            if (stream.Area.Contains(area))
            {
                stream.FramePending = true;
                stream.LastRedraw = now;
                stream.Rate.Redrawn(now);
                foreach (var excluded in stream.Exclusions)
                {
                    _dirty.Add(Rectangle.Intersect(excluded, area));
                }

                return;
            }

            if (stream.Area.IntersectsWith(area))
            {
                stream.Exclude(Rectangle.Intersect(stream.Area, area), now);
                crossed = true;
            }
        }

        if (!crossed && _streamMode == VideoStreamingMode.Auto && _streams.Count < MaxStreamsPerClient && _detector.Observe(area, now))
        {
            _detector.Forget(area);
            StartStream(area, hinted: false, now).FramePending = true;
            return;
        }

        _dirty.Add(area);
    }

    private VideoStream StartStream(Rectangle area, bool hinted, long now)
    {
        var stream = new VideoStream(NextStreamId(), area, hinted, now);
        _streams.Add(stream);
        return stream;
    }

    private uint NextStreamId()
    {
        while (true)
        {
            var id = _nextStreamId++ % ProtocolLimits.MaxNumStreams;
            if (!_streams.Exists(s => s.Id == id))
            {
                return id;
            }
        }
    }

    private bool StreamsIntersect(Rectangle area) => _streams.Exists(s => s.Area.IntersectsWith(area));

    /// <summary>The surface is going away (state lock held): its streams go with it.</summary>
    private void ResetStreams()
    {
        _streamsReset |= _streams.Exists(s => s.Created);
        _streams.Clear();
        _detector.Clear();
    }

    /// <summary>STREAM_DESTROY_ALL before the surface is destroyed, if this client has streams.</summary>
    private void WriteStreamsReset(MessageBuilder b)
    {
        if (_streamsReset)
        {
            _streamsReset = false;
            b.Add(StreamDestroyAll);
        }
    }

    /// <summary>
    /// Stream housekeeping and frame capture (display gate and state lock held): ends quiet streams
    /// (their area goes to the dirty grid), creates new ones, sends clip changes, and copies the
    /// pixels of every stream whose frame is due. Returns the message budget left.
    /// </summary>
    private int ProduceStreams(MessageBuilder b, int budget)
    {
        _frames.Clear();
        if (_streams.Count == 0)
        {
            return budget;
        }

        var now = Server.Clock.Milliseconds;
        var wake = long.MaxValue;
        var offset = 0;
        for (var i = _streams.Count - 1; i >= 0 && budget > 0; i--)
        {
            var stream = _streams[i];
            var hintGone = stream.Hinted && _display.VideoHintUnderGate != stream.Area;
            if (stream.IsQuiet(now) || hintGone)
            {
                _streams.RemoveAt(i);
                EndStream(b, stream, hintGone ? "hint withdrawn" : "quiet");
                budget--;
                continue;
            }

            if (!stream.Created)
            {
                budget -= WriteStreamCreate(b, stream);
            }

            stream.ExpireExclusions(now);
            if (stream.ClipChanged && budget > 0)
            {
                stream.ClipChanged = false;
                WriteStreamClip(b, stream);
                budget--;
            }

            if (stream.FramePending)
            {
                if (now < stream.NextFrameDue)
                {
                    wake = Math.Min(wake, stream.NextFrameDue);
                }
                else if (budget > 0)
                {
                    offset = CaptureFrame(stream, offset);
                    stream.FramePending = false;
                    stream.LastFrame = now;
                    budget--;
                }
                else
                {
                    stream.Rate.Blocked(now);
                }
            }

            wake = Math.Min(wake, stream.NextHousekeeping());
        }

        if (wake != long.MaxValue)
        {
            _streamTimer?.Change(Math.Clamp(wake - now, 1, VideoStream.QuietMilliseconds), Timeout.Infinite);
        }

        return budget;
    }

    private void EndStream(MessageBuilder b, VideoStream stream, string reason)
    {
        if (stream.Created)
        {
            b.Add(new StreamDestroy { Id = stream.Id });
        }

        _dirty.Add(stream.Area);
        StreamLog.Destroyed(Logger, Session.Id, stream.Id, stream.Rate.FramesSent, stream.Rate.BytesSent, reason);
    }

    private int WriteStreamCreate(MessageBuilder b, VideoStream stream)
    {
        var area = stream.Area;
        b.Add(new StreamCreate
        {
            SurfaceId = PrimarySurface,
            Id = stream.Id,
            Flags = StreamFlags.TopDown,
            CodecType = VideoCodecType.Mjpeg,
            Stamp = Server.Clock.Now,
            StreamWidth = (uint)area.Width,
            StreamHeight = (uint)area.Height,
            SrcWidth = (uint)area.Width,
            SrcHeight = (uint)area.Height,
            Dest = ToRect(area),
            Clip = StreamClipOf(stream),
        });
        stream.Created = true;
        stream.ClipChanged = false;
        Session.SetMultimediaLatency(StreamLatency());
        StreamMetrics.Created.Add(1);
        StreamLog.Created(Logger, Session.Id, stream.Id, area, stream.Hinted ? "video hint" : "redrawn at video rate");
        if (!ChannelCaps.Has(DisplayCapability.StreamReport))
        {
            return 1;
        }

        b.Add(new StreamActivateReport
        {
            StreamId = stream.Id,
            UniqueId = stream.UniqueId = ++_nextUniqueId,
            MaxWindowSize = ReportWindowFrames,
            TimeoutMs = ReportTimeoutMilliseconds,
        });
        return 2;
    }

    private static void WriteStreamClip(MessageBuilder b, VideoStream stream) =>
        b.Add(new StreamClip { Id = stream.Id, Clip = StreamClipOf(stream) });

    /// <summary>What of a stream's area it draws: all of it, or what the exclusions leave.</summary>
    private static Clip StreamClipOf(VideoStream stream) =>
        stream.HasExclusions ? Clip.FromRects([.. stream.ClipRects().Select(ToRect)]) : Clip.None;

    /// <summary>Copies a stream's area of the framebuffer for encoding after the locks are let go.</summary>
    private int CaptureFrame(VideoStream stream, int offset)
    {
        var area = stream.Area;
        var rowBytes = area.Width * 4;
        var end = offset + (rowBytes * area.Height);
        if (_frameScratch.Length < end)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(end);
            _frameScratch.AsSpan(0, offset).CopyTo(bigger);
            ReturnFrameScratch();
            _frameScratch = bigger;
        }

        var source = _display.PixelsUnderGate;
        var stride = _width * 4;
        for (var y = 0; y < area.Height; y++)
        {
            source.AsSpan(((area.Y + y) * stride) + (area.X * 4), rowBytes).CopyTo(_frameScratch.AsSpan(offset + (y * rowBytes)));
        }

        _frames.Add((stream, area, offset));
        return end;
    }

    // STREAM_DATA { uint32 id; uint32 multi_media_time; uint32 data_size; uint8 data[data_size] }
    private void WriteStreamFrames(MessageBuilder b)
    {
        if (_frames.Count == 0)
        {
            return;
        }

        Session.SetMultimediaLatency(StreamLatency());
        var mmTime = Server.Clock.Now;
        foreach (var (stream, area, offset) in _frames)
        {
            var stride = area.Width * 4;
            var started = Stopwatch.GetTimestamp();
            stream.Encoder.Quality = stream.Rate.Quality;
            ReadOnlySpan<byte> jpeg;
            try
            {
                jpeg = stream.Encoder.Encode(_frameScratch.AsSpan(offset, stride * area.Height), area.Width, area.Height, stride);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Spice.Codecs.CodecException)
            {
                StreamLog.EncodeFailed(Logger, Session.Id, stream.Id, area.Width, area.Height, e);
                continue;
            }

            StreamMetrics.EncodeTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            b.Begin((ushort)DisplayMessageType.StreamData);
            StreamData.Write(b.Writer, new StreamDataHeader(stream.Id, mmTime), jpeg);
            b.End();
            lock (_state)
            {
                stream.Rate.FrameSent(jpeg.Length, Server.Clock.Milliseconds);
            }

            StreamMetrics.Frames.Add(1);
            StreamMetrics.FrameBytes.Add(jpeg.Length);
        }

        _frames.Clear();
    }

    /// <summary>
    /// How far ahead of the client's clock frames are stamped (the client's clock runs this far behind
    /// the server's): a base for decoding and display plus the round trip, bounded.
    /// </summary>
    private uint StreamLatency() =>
        (uint)Math.Min(MaxLatencyMilliseconds, BaseLatencyMilliseconds + (int)((RoundTrip ?? Session.Latency)?.TotalMilliseconds ?? 0));

    private void OnStreamReport(StreamReport report)
    {
        lock (_state)
        {
            var stream = _streams.Find(s => s.Id == report.StreamId && s.UniqueId == report.UniqueId);
            if (stream is null)
            {
                return;
            }

            stream.Rate.Reported(report.NumDrops, report.LastFrameDelay, Server.Clock.Milliseconds);
            StreamLog.Report(Logger, Session.Id, report.StreamId, report.NumFrames, report.NumDrops, report.LastFrameDelay, stream.Rate.Quality, stream.Rate.IntervalMilliseconds);
        }
    }

    private void StopStreams()
    {
        _streamTimer?.Dispose();
        ReturnFrameScratch();
    }

    private void ReturnFrameScratch()
    {
        var scratch = Interlocked.Exchange(ref _frameScratch, []);
        if (scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
