using Spice.Codecs.Jpeg;

namespace Spice.Codecs.Mjpeg;

/// <summary>
/// Decodes the frames of one MJPEG video stream (each frame is a plain JPEG) into a buffer owned by the
/// decoder and reused from frame to frame. Like spice-gtk, a frame whose size differs from the stream's is
/// accepted and the buffer grows when needed.
/// </summary>
public sealed class MjpegFrameDecoder
{
    private byte[] _buffer;

    public MjpegFrameDecoder(int width, int height)
    {
        PixelLimits.Check(width, height);
        _buffer = new byte[width * height * 4];
        Width = width;
        Height = height;
    }

    /// <summary>Width of the last decoded frame (the stream's width before the first).</summary>
    public int Width { get; private set; }

    /// <summary>Height of the last decoded frame.</summary>
    public int Height { get; private set; }

    /// <summary>Bytes per row of <see cref="Pixels"/>.</summary>
    public int Stride => Width * 4;

    /// <summary>The last decoded frame, B,G,R,A top-down; valid until the next <see cref="Decode"/>.</summary>
    public ReadOnlySpan<byte> Pixels => _buffer.AsSpan(0, Stride * Height);

    /// <summary>Decodes one frame; on <see cref="CodecException"/> the previous frame's size is kept.</summary>
    public ReadOnlySpan<byte> Decode(ReadOnlySpan<byte> frame)
    {
        JpegDecoder.Decode(frame, ref _buffer, out int width, out int height);
        Width = width;
        Height = height;
        return Pixels;
    }
}
