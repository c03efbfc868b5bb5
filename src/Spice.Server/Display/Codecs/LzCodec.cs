using Spice.Protocol.Framing;
using Spice.Codecs.Lz;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>LZ (SPICE_IMAGE_TYPE_LZ_RGB): lossless, self-contained, good on drawn content.</summary>
internal sealed class LzCodec : IImageCodec
{
    public static readonly LzCodec Instance = new();

    public string Name => "lz";

    public ImageType WireType => ImageType.LzRgb;

    public bool Lossy => false;

    public bool SupportedBy(Capabilities displayCaps) => true;

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        var sizeAt = BinaryData.BeginData(output);
        LzEncoder.Encode(bgra, width, height, stride, LzImageType.Rgb32, output);
        BinaryData.EndData(output, sizeAt);
        return true;
    }
}
