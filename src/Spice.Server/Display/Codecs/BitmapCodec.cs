using Spice.Protocol.Framing;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>
/// Uncompressed: BitmapData { uint8 format = 32BIT; uint8 flags = TOP_DOWN; uint32 x, y, stride;
/// Palette* palette = 0; uint8 data[stride * y] }. Every client accepts it.
/// </summary>
internal sealed class BitmapCodec : IImageCodec
{
    public static readonly BitmapCodec Instance = new();

    public string Name => "bitmap";

    public ImageType WireType => ImageType.Bitmap;

    public bool Lossy => false;

    public bool SupportedBy(Capabilities displayCaps) => true;

    public bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output)
    {
        var rowBytes = width * 4;
        BitmapData.WriteHeader(output, BitmapFormat.ThirtyTwoBit, BitmapFlags.TopDown, (uint)width, (uint)height, (uint)rowBytes);
        var data = output.GetSpan(rowBytes * height);
        for (var y = 0; y < height; y++)
        {
            bgra.Slice(y * stride, rowBytes).CopyTo(data[(y * rowBytes)..]);
        }

        output.Advance(rowBytes * height);
        return true;
    }
}
