using Spice.Protocol.Framing;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>
/// GLZ (SPICE_IMAGE_TYPE_GLZ_RGB): LZ with matches into earlier images of a dictionary the client
/// keeps in step; one dictionary per client, sized by the window the client announced.
/// </summary>
internal sealed class GlzCodec : IImageCodec
{
    private readonly GlzEncoderDictionary _dictionary;

    public GlzCodec(int windowPixels)
    {
        _dictionary = new GlzEncoderDictionary(windowPixels);
    }

    public string Name => "glz";

    public ImageType WireType => ImageType.GlzRgb;

    public bool Lossy => false;

    public bool SupportedBy(Capabilities displayCaps) => true;

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        if ((long)width * height > _dictionary.WindowSize)
        {
            return false;
        }

        var sizeAt = BinaryData.BeginData(output);
        GlzEncoder.Encode(bgra, width, height, stride, LzImageType.Rgb32, _dictionary, output);
        BinaryData.EndData(output, sizeAt);
        return true;
    }
}
