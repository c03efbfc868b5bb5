using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// SpiceImage: descriptor plus the payload its type selects. FROM_CACHE and FROM_CACHE_LOSSLESS
/// carry no payload (the descriptor id names the cached image). Compressed data are slices of
/// the message body, ready for a decoder.
/// </summary>
public sealed record Image : ISpiceWritable
{
    public ImageDescriptor Descriptor { get; init; }

    public ImagePayload? Payload { get; init; }

    public static Image Read(ref SpiceReader r)
    {
        var descriptor = ImageDescriptor.Read(ref r);
        ImagePayload? payload = descriptor.Type switch
        {
            ImageType.Bitmap => BitmapData.Read(ref r),
            ImageType.Quic or ImageType.LzRgb or ImageType.GlzRgb or ImageType.Jpeg or ImageType.Lz4 => BinaryData.Read(ref r),
            ImageType.LzPlt => LzPltData.Read(ref r),
            ImageType.ZlibGlzRgb => ZlibGlzRgbData.Read(ref r),
            ImageType.JpegAlpha => JpegAlphaData.Read(ref r),
            ImageType.Surface => new SurfaceImageData(r.ReadUInt32()),
            ImageType.FromCache or ImageType.FromCacheLossless => null,
            _ => throw new SpiceProtocolException($"unknown image type {(byte)descriptor.Type}"),
        };
        return new Image { Descriptor = descriptor, Payload = payload };
    }

    /// <summary>Follows an Image pointer field; 0 is a null image.</summary>
    public static Image? ReadPointer(ref SpiceReader r)
    {
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            return null;
        }

        var at = r.At(offset);
        return Read(ref at);
    }

    /// <summary>Follows an Image pointer field marked @nonnull.</summary>
    public static Image ReadRequired(ref SpiceReader r) =>
        ReadPointer(ref r) ?? throw new SpiceProtocolException("required image pointer is null");

    public void Write(SpiceWriter w)
    {
        Descriptor.Write(w);
        Payload?.Write(w);
    }
}
