using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>Decoding as a <see cref="QuicRow"/> direction: samples come from the stream, runs repeat the pixel on the left.</summary>
internal ref partial struct QuicBitReader : IQuicRowCoder<QuicBitReader>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pixel<TGroup>(ref QuicBitReader reader, TGroup group, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
        where TGroup : struct, IQuicGroup =>
        group.Decode(ref reader, ref pixel, ref above, ref slot, ref codes, hasAbove, firstColumn);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Run<TGroup>(ref QuicBitReader reader, TGroup group, ref byte row, int i, int end)
        where TGroup : struct, IQuicGroup
    {
        int run = reader.ReadRun(group.State, end - i);
        ref byte pixel = ref Unsafe.Add(ref row, i * 4);
        for (int k = 0; k < run; k++)
        {
            group.CopyLeft(ref Unsafe.Add(ref pixel, k * 4));
        }

        return run;
    }
}
