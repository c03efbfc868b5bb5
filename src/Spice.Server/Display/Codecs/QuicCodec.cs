using Spice.Protocol.Framing;
using Spice.Codecs.Quic;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>QUIC (SPICE_IMAGE_TYPE_QUIC): lossless, strongest on photographic content.</summary>
internal sealed class QuicCodec : IImageCodec
{
    public static readonly QuicCodec Instance = new();

    public string Name => "quic";

    public ImageType WireType => ImageType.Quic;

    public bool Lossy => false;

    public bool SupportedBy(Capabilities displayCaps) => true;

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        var sizeAt = BinaryData.BeginData(output);
        var destination = output.GetSpan(QuicEncoder.MaxEncodedSize(width, height, QuicImageType.Rgb32));
        var written = QuicEncoder.Encode(bgra, width, height, stride, QuicImageType.Rgb32, destination);
        output.Advance(written);
        BinaryData.EndData(output, sizeAt);
        return true;
    }
}
