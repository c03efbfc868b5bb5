using Spice.Protocol.Framing;
using Spice.Codecs.Lz4;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>LZ4 (SPICE_IMAGE_TYPE_LZ4): fast and lossless; only for clients with DISPLAY_CAP_LZ4_COMPRESSION.</summary>
internal sealed class Lz4Codec : IImageCodec
{
    public static readonly Lz4Codec Instance = new();

    public string Name => "lz4";

    public ImageType WireType => ImageType.Lz4;

    public bool Lossy => false;

    public bool SupportedBy(Capabilities displayCaps) => displayCaps.Has(DisplayCapability.Lz4Compression);

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        var sizeAt = BinaryData.BeginData(output);
        Lz4ImageEncoder.Encode(bgra, width, height, stride, Spice.Codecs.Pixels.BitmapFormat.ThirtyTwoBit, output);
        BinaryData.EndData(output, sizeAt);
        return true;
    }
}
