using System.Buffers.Binary;
using Spice.Protocol;
using Spice.Protocol.Messages.Cursor;

namespace Spice.Client.Cursor;

/// <summary>
/// Turns the cursor formats spice-gtk renders into BGRA:
/// alpha (w*h ARGB words); mono (AND plane then XOR plane, (w+7)/8 bytes a row, MSB first);
/// color32 / color16 (x555) / color4 (4 bpp + 16-entry palette), each followed by a transparency
/// mask addressed by pixel index (set = transparent, or inverting where the pixel is white).
/// Color8 and color24 are not rendered by spice-gtk either; they decode to null.
/// </summary>
public static class CursorDecoder
{
    /// <summary>Larger than any cursor a real server sends; bounds the allocation.</summary>
    public const int MaxSide = 1024;

    /// <summary>Drawn where the cursor should invert the screen: a checker of dark and light half-transparent pixels.</summary>
    private const uint InvertDark = 0xC0303030;
    private const uint InvertLight = 0x30505050;

    public static CursorShape? Decode(CursorHeader header, ReadOnlySpan<byte> data)
    {
        int w = header.Width, h = header.Height;
        if (w == 0 || h == 0 || w > MaxSide || h > MaxSide)
        {
            throw new SpiceProtocolException($"cursor of {w}x{h} is empty or larger than {MaxSide}x{MaxSide}");
        }

        var pixels = new uint[w * h];
        var ok = header.Type switch
        {
            CursorType.Alpha => Alpha(data, pixels),
            CursorType.Mono => Mono(data, w, h, pixels),
            CursorType.Color32 => Color32(data, w, pixels),
            CursorType.Color16 => Color16(data, w, pixels),
            CursorType.Color4 => Color4(data, w, h, pixels),
            _ => (bool?)null,
        };
        if (ok is null)
        {
            return null;
        }

        if (ok == false)
        {
            throw new SpiceProtocolException($"{header.Type} cursor of {w}x{h} needs more than the {data.Length} bytes sent");
        }

        var bgra = new byte[pixels.Length * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bgra.AsSpan(i * 4), pixels[i]);
        }

        return new CursorShape(header.Unique, header.Type, w, h, Math.Min((int)header.HotSpotX, w), Math.Min((int)header.HotSpotY, h), bgra);
    }

    private static bool Alpha(ReadOnlySpan<byte> data, uint[] pixels)
    {
        if (data.Length < pixels.Length * 4)
        {
            return false;
        }

        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]);
        }

        return true;
    }

    private static bool Mono(ReadOnlySpan<byte> data, int w, int h, uint[] pixels)
    {
        var stride = (w + 7) / 8;
        if (data.Length < 2 * stride * h)
        {
            return false;
        }

        var and = data[..(stride * h)];
        var xor = data.Slice(stride * h, stride * h);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var bit = 0x80 >> (x % 8);
                var a = (and[(y * stride) + (x / 8)] & bit) != 0;
                var o = (xor[(y * stride) + (x / 8)] & bit) != 0;
                pixels[(y * w) + x] = (a, o) switch
                {
                    (false, false) => 0xFF000000,
                    (false, true) => 0xFFFFFFFF,
                    (true, false) => 0,
                    (true, true) => Invert(x, y),
                };
            }
        }

        return true;
    }

    private static bool Color32(ReadOnlySpan<byte> data, int w, uint[] pixels)
    {
        var colorSize = pixels.Length * 4;
        if (data.Length < colorSize + MaskSize(pixels.Length))
        {
            return false;
        }

        for (var i = 0; i < pixels.Length; i++)
        {
            var color = BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]) & 0xFFFFFF;
            pixels[i] = Masked(color, MaskBit(data, colorSize, i), 0xFFFFFF, i, w);
        }

        return true;
    }

    private static bool Color16(ReadOnlySpan<byte> data, int w, uint[] pixels)
    {
        var colorSize = pixels.Length * 2;
        if (data.Length < colorSize + MaskSize(pixels.Length))
        {
            return false;
        }

        for (var i = 0; i < pixels.Length; i++)
        {
            uint p = BinaryPrimitives.ReadUInt16LittleEndian(data[(i * 2)..]);
            var color = ((p & 0x1F) << 3) | ((p & 0x3E0) << 6) | ((p & 0x7C00) << 9);
            pixels[i] = MaskBit(data, colorSize, i) && p == 0x7FFF ? Invert(i % w, i / w) : Masked(color, MaskBit(data, colorSize, i), uint.MaxValue, i, w);
        }

        return true;
    }

    private static bool Color4(ReadOnlySpan<byte> data, int w, int h, uint[] pixels)
    {
        var indexSize = ((w + 1) / 2) * h;
        const int paletteSize = 16 * 4;
        if (data.Length < indexSize + paletteSize + MaskSize(pixels.Length))
        {
            return false;
        }

        var palette = data.Slice(indexSize, paletteSize);
        for (var i = 0; i < pixels.Length; i++)
        {
            var packed = data[i >> 1];
            var index = (i & 1) != 0 ? packed & 0x0F : packed >> 4;
            var color = BinaryPrimitives.ReadUInt32LittleEndian(palette[(index * 4)..]) & 0xFFFFFF;
            pixels[i] = Masked(color, MaskBit(data, indexSize + paletteSize, i), 0xFFFFFF, i, w);
        }

        return true;
    }

    private static int MaskSize(int pixelCount) => (pixelCount + 7) / 8;

    private static bool MaskBit(ReadOnlySpan<byte> data, int maskOffset, int index) =>
        (data[maskOffset + (index >> 3)] & (0x80 >> (index % 8))) != 0;

    private static uint Masked(uint color, bool masked, uint white, int index, int w) =>
        masked && color == white ? Invert(index % w, index / w)
        : masked ? color
        : color | 0xFF000000;

    private static uint Invert(int x, int y) => ((x ^ y) & 1) != 0 ? InvertDark : InvertLight;
}
