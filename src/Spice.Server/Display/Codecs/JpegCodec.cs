using Spice.Protocol.Framing;
using Spice.Codecs.Jpeg;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>JPEG (SPICE_IMAGE_TYPE_JPEG): lossy, small; used when forced or on a slow link.</summary>
internal sealed class JpegCodec : IImageCodec
{
    private readonly int _quality;

    public JpegCodec(int quality)
    {
        _quality = Math.Clamp(quality, 1, 100);
    }

    public string Name => "jpeg";

    public ImageType WireType => ImageType.Jpeg;

    public bool Lossy => true;

    public bool SupportedBy(Capabilities displayCaps) => true;

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        var sizeAt = BinaryData.BeginData(output);
        JpegEncoder.Encode(bgra, width, height, stride, _quality, output);
        BinaryData.EndData(output, sizeAt);
        return true;
    }
}
