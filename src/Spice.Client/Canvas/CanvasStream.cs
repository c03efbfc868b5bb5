using Spice.Codecs.Mjpeg;

namespace Spice.Client.Canvas;

/// <summary>One video stream (SPICE_MSG_DISPLAY_STREAM_CREATE): frames are decoded and put into <see cref="Dest"/>.</summary>
public sealed class CanvasStream
{
    private CanvasRect[] _clip;

    internal CanvasStream(uint id, uint surfaceId, CanvasRect dest, int srcWidth, int srcHeight, bool topDown, CanvasRect[]? clip)
    {
        Id = id;
        SurfaceId = surfaceId;
        Dest = dest;
        SourceWidth = srcWidth;
        SourceHeight = srcHeight;
        TopDown = topDown;
        _clip = clip ?? [];
        HasClip = clip is not null;
        Decoder = new MjpegFrameDecoder(srcWidth, srcHeight);
    }

    public uint Id { get; }

    public uint SurfaceId { get; }

    /// <summary>Where frames go unless a frame carries its own destination (STREAM_DATA_SIZED).</summary>
    public CanvasRect Dest { get; }

    public int SourceWidth { get; }

    public int SourceHeight { get; }

    /// <summary>False (the default in SPICE) when frames arrive bottom-up and are flipped while drawn.</summary>
    public bool TopDown { get; }

    /// <summary>Frames drawn so far.</summary>
    public long FramesDrawn { get; internal set; }

    /// <summary>Multimedia time of the last frame received, in milliseconds of the server's mm clock.</summary>
    public uint LastMultimediaTime { get; internal set; }

    /// <summary>Whether a clip restricts the stream; without one the whole destination is drawn.</summary>
    public bool HasClip { get; private set; }

    /// <summary>The clip rectangles (union), meaningful when <see cref="HasClip"/>.</summary>
    public ReadOnlySpan<CanvasRect> Clip => _clip;

    internal MjpegFrameDecoder Decoder { get; }

    internal void SetClip(CanvasRect[]? clip)
    {
        _clip = clip ?? [];
        HasClip = clip is not null;
    }
}
