using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// One 8-bit channel at byte <c>offset</c> of each pixel: alpha of RGBA (offset 3) or a gray level (offset 0).
/// When <c>gray</c> is set, decoding writes the level to B, G and R with an opaque alpha.
/// </summary>
internal readonly struct QuicSingleGroup(QuicChannel channel, QuicRunState state, int offset, bool gray) : IQuicGroup
{
    public QuicRunState State => state;

    public void StartRow(bool firstRow) => channel.Row[0] = firstRow ? (byte)0 : channel.Row[1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decode(ref QuicBitReader reader, ref byte pixel, ref byte above, int i, bool hasAbove, bool firstColumn)
    {
        ref byte sample = ref Unsafe.Add(ref pixel, offset);
        uint value = QuicSample.Decode<QuicDepth8>(ref reader, channel, i, QuicSample.Predict<QuicDepth8>(ref sample, ref Unsafe.Add(ref above, offset), hasAbove, firstColumn));
        if (gray)
        {
            Unsafe.WriteUnaligned(ref pixel, 0xFF000000u | (value * 0x010101u));
        }
        else
        {
            sample = (byte)value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Encode(ref QuicBitWriter writer, ref byte pixel, ref byte above, int i, bool hasAbove, bool firstColumn)
    {
        ref byte sample = ref Unsafe.Add(ref pixel, offset);
        QuicSample.Encode<QuicDepth8>(ref writer, channel, i, sample, QuicSample.Predict<QuicDepth8>(ref sample, ref Unsafe.Add(ref above, offset), hasAbove, firstColumn));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void UpdateModel(int i) => channel.UpdateAt(QuicFamily.Bits8, i, state.HalvingTrigger);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Same(ref byte a, ref byte b) => Unsafe.Add(ref a, offset) == Unsafe.Add(ref b, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CopyLeft(ref byte pixel)
    {
        if (gray)
        {
            Unsafe.WriteUnaligned(ref pixel, Unsafe.ReadUnaligned<uint>(ref Unsafe.Subtract(ref pixel, 4)));
        }
        else
        {
            Unsafe.Add(ref pixel, offset) = Unsafe.Add(ref pixel, offset - 4);
        }
    }
}
