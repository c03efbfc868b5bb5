using System.Runtime.CompilerServices;

namespace Spice.Codecs.Lz;

/// <summary>What the encoders compare, hash and emit for one pass over 32-bit pixels.</summary>
internal interface IEncodeMode
{
    /// <summary>Bits of a pixel this pass carries.</summary>
    uint Mask { get; }

    int LiteralBytes { get; }

    /// <summary>Subtracted from a match length before it is written (see <see cref="IUnitMode.LengthBias"/>).</summary>
    int LengthBias { get; }

    /// <summary>Hash of the three pixels starting at <paramref name="p"/>, in [0, 2^bits).</summary>
    uint Hash(ref uint p, int bits);

    void WriteLiteral(uint pixel, ref byte destination);
}

internal readonly struct RgbEncodeMode : IEncodeMode
{
    public uint Mask => 0x00FFFFFF;
    public int LiteralBytes => 3;
    public int LengthBias => 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Hash(ref uint p, int bits)
    {
        uint h = ((p & 0x00FFFFFF) * 0x9E3779B1u)
            ^ ((Unsafe.Add(ref p, 1) & 0x00FFFFFF) * 0x85EBCA77u)
            ^ ((Unsafe.Add(ref p, 2) & 0x00FFFFFF) * 0xC2B2AE3Du);
        return h >> (32 - bits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteLiteral(uint pixel, ref byte destination)
    {
        destination = (byte)pixel;
        Unsafe.Add(ref destination, 1) = (byte)(pixel >> 8);
        Unsafe.Add(ref destination, 2) = (byte)(pixel >> 16);
    }
}

internal readonly struct AlphaEncodeMode : IEncodeMode
{
    public uint Mask => 0xFF000000;
    public int LiteralBytes => 1;
    public int LengthBias => 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Hash(ref uint p, int bits)
    {
        uint key = (p >> 24) | ((Unsafe.Add(ref p, 1) >> 24) << 8) | ((Unsafe.Add(ref p, 2) >> 24) << 16);
        return (key * 0x9E3779B1u) >> (32 - bits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteLiteral(uint pixel, ref byte destination) => destination = (byte)(pixel >> 24);
}
