using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>Encoding as a <see cref="QuicRow"/> direction: samples go to the stream, a run lasts while pixels repeat the one on the left.</summary>
internal ref partial struct QuicBitWriter : IQuicRowCoder<QuicBitWriter>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pixel<TGroup>(ref QuicBitWriter writer, TGroup group, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
        where TGroup : struct, IQuicGroup =>
        group.Encode(ref writer, ref pixel, ref above, ref slot, ref codes, hasAbove, firstColumn);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Run<TGroup>(ref QuicBitWriter writer, TGroup group, ref byte row, int i, int end)
        where TGroup : struct, IQuicGroup
    {
        int run = 0;
        ref byte pixel = ref Unsafe.Add(ref row, i * 4);
        while (i + run < end && group.Same(ref Unsafe.Add(ref pixel, run * 4), ref Unsafe.Add(ref pixel, (run - 1) * 4)))
        {
            run++;
        }

        WriteRun(ref writer, group.State, run);
        return run;
    }

    /// <summary>Melcode: one 1 bit per full run of the current order, then a 0 and the remainder in MelcLength bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteRun(ref QuicBitWriter writer, QuicRunState state, int run)
    {
        int hits = 0;
        while (run >= state.MelcOrder)
        {
            hits++;
            run -= state.MelcOrder;
            state.MelcUp();
        }

        writer.WriteOnes(hits);
        writer.Write((uint)run, state.MelcLength + 1);
        state.MelcDown();
    }
}
