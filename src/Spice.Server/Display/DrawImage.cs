using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Display;
using Spice.Server.Display.Codecs;

namespace Spice.Server.Display;

/// <summary>
/// The source image of one DRAW_COPY, given to <see cref="DrawCopy"/>'s writer as its src_bitmap: when the message's pointer targets are laid out it writes the
/// ImageDescriptor and has the codec encode the pixels straight into the message, so the
/// compressed image is never copied. One per display channel, set again for every draw.
/// </summary>
internal sealed class DrawImage : ISpiceWritable
{
    private byte[] _pixels = [];
    private int _offset;
    private int _width;
    private int _height;
    private ulong _id;
    private ImageFlags _flags;

    /// <summary>The codec the image went out with, after any fallback; null for a cache hit.</summary>
    public IImageCodec? Codec { get; private set; }

    /// <summary>Why the chosen codec failed, when it did and a fallback was written instead.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>A reference to an image the client has cached under <paramref name="id"/>.</summary>
    public void SetFromCache(ulong id, int width, int height)
    {
        Set(id, 0, null, [], 0, width, height);
    }

    /// <summary>Pixels (B,G,R,A rows of width * 4 bytes at <paramref name="offset"/>) to encode with <paramref name="codec"/>.</summary>
    public void Set(ulong id, ImageFlags flags, IImageCodec? codec, byte[] pixels, int offset, int width, int height)
    {
        _id = id;
        _flags = flags;
        Codec = codec;
        _pixels = pixels;
        _offset = offset;
        _width = width;
        _height = height;
        Failure = null;
    }

    public void Write(SpiceWriter w)
    {
        if (Codec is not { } codec)
        {
            Descriptor(ImageType.FromCache).Write(w);
            return;
        }

        var start = w.Position;
        var stride = _width * 4;
        var pixels = _pixels.AsSpan(_offset, stride * _height);
        Descriptor(codec.WireType).Write(w);
        bool written;
        try
        {
            written = codec.TryWrite(pixels, _width, _height, stride, w);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Spice.Codecs.CodecException)
        {
            Failure = e;
            written = false;
        }

        if (written)
        {
            return;
        }

        // GLZ declines images larger than the client's window: plain LZ suits the same content
        w.Rewind(start);
        codec = codec is GlzCodec ? LzCodec.Instance : BitmapCodec.Instance;
        Codec = codec;
        Descriptor(codec.WireType).Write(w);
        codec.TryWrite(pixels, _width, _height, stride, w);
    }

    private ImageDescriptor Descriptor(ImageType type) => new(_id, type, _flags, (uint)_width, (uint)_height);
}
