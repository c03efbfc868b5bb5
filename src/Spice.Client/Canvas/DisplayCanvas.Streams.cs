using System.Runtime.InteropServices;
using Spice.Codecs.Jpeg;
using Spice.Codecs.Mjpeg;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>Stream ids run from 0 to this limit (SPICE_MAX_NUM_STREAMS) exclusive.</summary>
    public const int MaxStreams = Protocol.ProtocolLimits.MaxNumStreams;

    /// <summary>SPICE_VIDEO_CODEC_TYPE_MJPEG, the one codec this canvas decodes.</summary>
    public const byte CodecMjpeg = 1;

    private readonly Dictionary<uint, CanvasStream> _streams = new();

    /// <summary>Raised after a stream frame was drawn, with the frame's multimedia time (for audio/video sync).</summary>
    public event Action<StreamFrame>? StreamFrameDrawn;

    /// <summary>Raised when a stream is created (true) or destroyed (false).</summary>
    public event Action<CanvasStream, bool>? StreamChanged;

    public IReadOnlyCollection<CanvasStream> Streams => _streams.Values;

    public CanvasStream? GetStream(uint id) => _streams.GetValueOrDefault(id);

    /// <summary>SPICE_MSG_DISPLAY_STREAM_CREATE.</summary>
    internal CanvasStream CreateStream(uint id, uint surfaceId, byte codec, bool topDown, int srcWidth, int srcHeight,
        CanvasRect dest, CanvasRect[]? clip)
    {
        RequireSurface(surfaceId);
        if (codec != CodecMjpeg)
        {
            throw new CanvasException($"stream {id}: video codec {codec} is not supported");
        }

        if (id >= MaxStreams)
        {
            throw new CanvasException($"stream id {id} is out of range");
        }

        if (srcWidth <= 0 || srcHeight <= 0 || srcWidth > MaxSurfaceDimension || srcHeight > MaxSurfaceDimension)
        {
            throw new CanvasException($"stream {id} source size {srcWidth}x{srcHeight} is out of range");
        }

        if (_streams.ContainsKey(id))
        {
            DestroyStream(id);
        }

        var stream = new CanvasStream(id, surfaceId, dest, srcWidth, srcHeight, topDown, clip);
        _streams[id] = stream;
        StreamChanged?.Invoke(stream, true);
        return stream;
    }

    /// <summary>SPICE_MSG_DISPLAY_STREAM_DATA and STREAM_DATA_SIZED (with its own destination).</summary>
    internal void StreamData(uint id, uint mmTime, ReadOnlySpan<byte> frame, CanvasRect? dest = null)
    {
        var stream = RequireStream(id);
        var surface = RequireSurface(stream.SurfaceId);
        stream.LastMultimediaTime = mmTime;
        var target = dest ?? stream.Dest;
        if (!TryDecodeInPlace(surface, stream, target, frame))
        {
            var decoder = stream.Decoder;
            decoder.Decode(frame);
            PutFrame(surface, stream, target, decoder);
        }

        stream.FramesDrawn++;
        RaiseInvalidated(surface, target);
        StreamFrameDrawn?.Invoke(new StreamFrame(stream, mmTime, target));
    }

    /// <summary>SPICE_MSG_DISPLAY_STREAM_CLIP.</summary>
    internal void StreamClip(uint id, CanvasRect[]? clip) => RequireStream(id).SetClip(clip);

    /// <summary>SPICE_MSG_DISPLAY_STREAM_DESTROY.</summary>
    internal void DestroyStream(uint id)
    {
        if (!_streams.Remove(id, out var stream))
        {
            throw new CanvasException($"stream {id} does not exist");
        }

        StreamChanged?.Invoke(stream, false);
    }

    private CanvasStream RequireStream(uint id) =>
        _streams.TryGetValue(id, out var s) ? s : throw new CanvasException($"stream {id} does not exist");

    /// <summary>
    /// The common case of a video: a frame of the destination's size, no clip, destination inside the surface.
    /// Then put_image's copy is the identity, so the frame is decoded straight into the surface rows (flipped
    /// when bottom-up) with no intermediate buffer. False when the case does not apply (or the frame has another
    /// size, or is truncated) and nothing was written.
    /// </summary>
    private static bool TryDecodeInPlace(CanvasSurface surface, CanvasStream stream, CanvasRect dest, ReadOnlySpan<byte> frame)
    {
        if (stream.HasClip || dest.IsEmpty || dest.Intersect(surface.Bounds) != dest)
        {
            return false;
        }

        var pixels = MemoryMarshal.AsBytes(surface.Data.AsSpan(((dest.Top * surface.Width) + dest.Left)..));
        return JpegDecoder.TryDecodeExact(frame, dest.Width, dest.Height, pixels, surface.Stride, bottomUp: !stream.TopDown);
    }

    /// <summary>
    /// Puts a decoded frame into <paramref name="dest"/> as sw_canvas's put_image does: an exact copy when the sizes
    /// match, otherwise pixman nearest sampling with a 16.16 scale truncated from src/dest; clipped by the stream clip.
    /// </summary>
    private static void PutFrame(CanvasSurface surface, CanvasStream stream, CanvasRect dest, MjpegFrameDecoder frame)
    {
        int fw = frame.Width, fh = frame.Height;
        long destW = (long)dest.Right - dest.Left, destH = (long)dest.Bottom - dest.Top;
        if (destW <= 0 || destH <= 0 || fw <= 0 || fh <= 0)
        {
            return;
        }

        var pixels = MemoryMarshal.Cast<byte, uint>(frame.Pixels);
        var map = new StreamSampler(fw, fh, destW, destH, stream.TopDown);
        var area = dest.Intersect(surface.Bounds);
        if (!stream.HasClip)
        {
            map.Draw(surface, area, dest, pixels);
            return;
        }

        foreach (var clip in stream.Clip)
        {
            var r = clip.Intersect(area);
            if (!r.IsEmpty)
            {
                map.Draw(surface, r, dest, pixels);
            }
        }
    }

    private void DestroyStreamsOn(uint surfaceId)
    {
        foreach (var stream in _streams.Values.Where(s => s.SurfaceId == surfaceId).ToArray())
        {
            DestroyStream(stream.Id);
        }
    }

    private void DestroyAllStreams()
    {
        foreach (var id in _streams.Keys.ToArray())
        {
            DestroyStream(id);
        }
    }
}
