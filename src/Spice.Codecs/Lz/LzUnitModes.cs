using System.Runtime.CompilerServices;

namespace Spice.Codecs.Lz;

/// <summary>
/// How one encoded unit turns into output pixels. Decoders are generic over struct implementations so the
/// JIT specialises each loop; every type works on 32-bit B,G,R,A pixels held in a uint (little-endian).
/// </summary>
internal interface IUnitMode
{
    /// <summary>Encoded bytes per unit.</summary>
    int LiteralBytes { get; }

    /// <summary>Output pixels per unit (8 and 2 for 1- and 4-bit palettes, else 1).</summary>
    int Scale { get; }

    /// <summary>Added to a match's length field: 0 for 24/32-bit, 1 for 16-bit, 2 for byte-sized units.</summary>
    int LengthBias { get; }

    /// <summary>Matches copy only the alpha byte (second pass of RGBA).</summary>
    bool AlphaOnly { get; }

    /// <summary>Turns <paramref name="units"/> literal units at <paramref name="src"/> into pixels at <paramref name="dst"/>.</summary>
    void Literals(ref byte src, ref uint dst, int units);
}

internal readonly struct RgbMode(uint fill) : IUnitMode
{
    public int LiteralBytes => 3;
    public int Scale => 1;
    public int LengthBias => 0;
    public bool AlphaOnly => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Literals(ref byte src, ref uint dst, int units)
    {
        for (int i = 0; i < units; i++)
        {
            ref byte p = ref Unsafe.Add(ref src, i * 3);
            Unsafe.Add(ref dst, i) = p | ((uint)Unsafe.Add(ref p, 1) << 8) | ((uint)Unsafe.Add(ref p, 2) << 16) | fill;
        }
    }
}

internal readonly struct Rgb16Mode(uint fill) : IUnitMode
{
    public int LiteralBytes => 2;
    public int Scale => 1;
    public int LengthBias => 1;
    public bool AlphaOnly => false;

    public void Literals(ref byte src, ref uint dst, int units)
    {
        for (int i = 0; i < units; i++)
        {
            uint v = ((uint)Unsafe.Add(ref src, i * 2) << 8) | Unsafe.Add(ref src, (i * 2) + 1);
            uint r = (v >> 10) & 31, g = (v >> 5) & 31, b = v & 31;
            // Replicating the top bits spreads 0..31 over the full 0..255 range.
            r = (r << 3) | (r >> 2);
            g = (g << 3) | (g >> 2);
            b = (b << 3) | (b >> 2);
            Unsafe.Add(ref dst, i) = b | (g << 8) | (r << 16) | fill;
        }
    }
}

internal readonly struct AlphaMode : IUnitMode
{
    public int LiteralBytes => 1;
    public int Scale => 1;
    public int LengthBias => 2;
    public bool AlphaOnly => true;

    public void Literals(ref byte src, ref uint dst, int units)
    {
        for (int i = 0; i < units; i++)
        {
            ref uint d = ref Unsafe.Add(ref dst, i);
            d = (d & 0x00FFFFFF) | ((uint)Unsafe.Add(ref src, i) << 24);
        }
    }
}

/// <summary>A8: the byte is the alpha of a black pixel.</summary>
internal readonly struct A8Mode : IUnitMode
{
    public int LiteralBytes => 1;
    public int Scale => 1;
    public int LengthBias => 2;
    public bool AlphaOnly => false;

    public void Literals(ref byte src, ref uint dst, int units)
    {
        for (int i = 0; i < units; i++)
        {
            Unsafe.Add(ref dst, i) = (uint)Unsafe.Add(ref src, i) << 24;
        }
    }
}

/// <summary>
/// Palette types: each byte expands to <see cref="Scale"/> pixels through a lookup table that already holds
/// the final pixel values in the order the bits or nibbles appear on screen.
/// </summary>
internal readonly struct PaletteMode(uint[] lut, int scale) : IUnitMode
{
    public int LiteralBytes => 1;
    public int Scale => scale;
    public int LengthBias => 2;
    public bool AlphaOnly => false;

    public void Literals(ref byte src, ref uint dst, int units)
    {
        ref uint table = ref lut[0];
        for (int i = 0; i < units; i++)
        {
            Unsafe.CopyBlockUnaligned(
                ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref dst, i * scale)),
                ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref table, Unsafe.Add(ref src, i) * scale)),
                (uint)(scale * 4));
        }
    }

    /// <summary>
    /// Expands a palette (0x00RRGGBB entries) into 256 * scale pixels: for every possible byte, the pixels it
    /// stands for. Indices beyond the palette wrap around, as spice-gtk does for 4-bit images, so no input
    /// can read outside it.
    /// </summary>
    public static PaletteMode Create(LzImageType type, ReadOnlySpan<uint> palette, uint fill)
    {
        if (palette.IsEmpty)
        {
            throw new CodecException($"LZ {type} image needs a palette");
        }

        int scale = LzFormat.PixelsPerByte(type);
        var lut = new uint[256 * scale];
        int bits = 8 / scale;
        uint mask = (1u << bits) - 1;
        bool lowFirst = type is LzImageType.Plt1Le or LzImageType.Plt4Le;
        for (int b = 0; b < 256; b++)
        {
            for (int k = 0; k < scale; k++)
            {
                int shift = lowFirst ? k * bits : 8 - ((k + 1) * bits);
                int index = (int)(((uint)b >> shift) & mask);
                lut[(b * scale) + k] = (palette[index % palette.Length] & 0x00FFFFFF) | fill;
            }
        }

        return new PaletteMode(lut, scale);
    }
}
