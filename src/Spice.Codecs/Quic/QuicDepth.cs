using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>How a coded sample of a given depth maps to a byte of a 32-bit pixel.</summary>
internal interface IQuicDepth
{
    static abstract QuicFamily Family { get; }

    /// <summary>All-ones mask of one sample, as a constant the JIT folds.</summary>
    static abstract uint Mask { get; }

    /// <summary>Sample value of a stored byte.</summary>
    static abstract uint Get(byte stored);

    /// <summary>Byte to store for a sample value.</summary>
    static abstract byte Set(uint sample);
}

/// <summary>8-bit samples, stored as they are.</summary>
internal readonly struct QuicDepth8 : IQuicDepth
{
    public static QuicFamily Family => QuicFamily.Bits8;

    public static uint Mask => 0xFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Get(byte stored) => stored;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Set(uint sample) => (byte)sample;
}

/// <summary>5-bit samples (RGB16 images) widened to 8 bits by replicating the top bits, so they round-trip.</summary>
internal readonly struct QuicDepth5 : IQuicDepth
{
    public static QuicFamily Family => QuicFamily.Bits5;

    public static uint Mask => 0x1F;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Get(byte stored) => (uint)stored >> 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Set(uint sample) => (byte)((sample << 3) | (sample >> 2));
}
