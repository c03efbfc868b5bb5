using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>Which single channel a <see cref="QuicSingleGroup{TKind}"/> codes, as a type so the JIT compiles each case on its own.</summary>
internal interface IQuicSingleChannel
{
    /// <summary>Channel index in the context (rows and code tables).</summary>
    static abstract int Channel { get; }

    /// <summary>Byte of the B,G,R,A pixel the sample lives in.</summary>
    static abstract int Offset { get; }

    /// <summary>Whether decoding writes the level to B, G and R with an opaque alpha.</summary>
    static abstract bool Gray { get; }
}

/// <summary>Alpha of RGBA: byte 3, model channel 3.</summary>
internal readonly struct QuicAlphaChannel : IQuicSingleChannel
{
    public static int Channel => 3;

    public static int Offset => 3;

    public static bool Gray => false;
}

/// <summary>Gray level: model channel 0, written to B, G and R.</summary>
internal readonly struct QuicGrayChannel : IQuicSingleChannel
{
    public static int Channel => 0;

    public static int Offset => 0;

    public static bool Gray => true;
}

/// <summary>One 8-bit channel: alpha of RGBA or a gray level.</summary>
internal readonly struct QuicSingleGroup<TKind>(QuicContext context, QuicChannel channel, QuicRunState state) : IQuicGroup
    where TKind : struct, IQuicSingleChannel
{
    public QuicRunState State => state;

    public QuicContext Context => context;

    public void StartRow(bool firstRow) => context.StartRow(TKind.Channel, 1, firstRow);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decode(ref QuicBitReader reader, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
    {
        ref byte sample = ref Unsafe.Add(ref pixel, TKind.Offset);
        uint predicted = QuicSample.Predict<QuicDepth8>(ref sample, ref Unsafe.Add(ref above, TKind.Offset), hasAbove, firstColumn);
        uint value = QuicSample.Decode<QuicDepth8>(ref reader, ref slot, ref codes, TKind.Channel, predicted);
        if (TKind.Gray)
        {
            Unsafe.WriteUnaligned(ref pixel, 0xFF000000u | (value * 0x010101u));
        }
        else
        {
            sample = (byte)value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Encode(ref QuicBitWriter writer, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
    {
        ref byte sample = ref Unsafe.Add(ref pixel, TKind.Offset);
        uint predicted = QuicSample.Predict<QuicDepth8>(ref sample, ref Unsafe.Add(ref above, TKind.Offset), hasAbove, firstColumn);
        QuicSample.Encode<QuicDepth8>(ref writer, ref slot, ref codes, TKind.Channel, sample, predicted);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void UpdateModel(int i) => channel.UpdateAt(QuicFamily.Bits8, i, state.HalvingTrigger);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Same(ref byte a, ref byte b) => Unsafe.Add(ref a, TKind.Offset) == Unsafe.Add(ref b, TKind.Offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CopyLeft(ref byte pixel)
    {
        if (TKind.Gray)
        {
            Unsafe.WriteUnaligned(ref pixel, Unsafe.ReadUnaligned<uint>(ref Unsafe.Subtract(ref pixel, 4)));
        }
        else
        {
            Unsafe.Add(ref pixel, TKind.Offset) = Unsafe.Add(ref pixel, TKind.Offset - 4);
        }
    }
}
