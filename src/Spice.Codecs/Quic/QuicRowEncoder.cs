using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>Encodes one row of one channel group, mirroring <see cref="QuicRowDecoder"/> step for step.</summary>
internal static class QuicRowEncoder
{
    public static void EncodeRow<TGroup>(TGroup group, ref QuicBitWriter writer, ref byte row, ref byte above, bool hasAbove, int width)
        where TGroup : struct, IQuicGroup
    {
        QuicRunState state = group.State;
        group.StartRow(!hasAbove);
        int position = 0;
        while (state.WaitMaskIndex < QuicConstants.WaitMaskIndexMax && state.WaitMaskLeft <= width)
        {
            if (state.WaitMaskLeft > 0)
            {
                int end = position + state.WaitMaskLeft;
                EncodeSegmentDispatch(group, ref writer, ref row, ref above, hasAbove, position, end, state.WaitMask);
                width -= state.WaitMaskLeft;
                position = end;
            }

            state.NextWaitMask();
        }

        if (width > 0)
        {
            EncodeSegmentDispatch(group, ref writer, ref row, ref above, hasAbove, position, position + width, state.WaitMask);
            if (state.WaitMaskIndex < QuicConstants.WaitMaskIndexMax)
            {
                state.WaitMaskLeft -= width;
            }
        }
    }

    private static void EncodeSegmentDispatch<TGroup>(TGroup group, ref QuicBitWriter writer, ref byte row, ref byte above, bool hasAbove, int i, int end, uint waitMask)
        where TGroup : struct, IQuicGroup
    {
        if (hasAbove)
        {
            EncodeSegment<TGroup, QuicLaterRow>(group, ref writer, ref row, ref above, i, end, waitMask);
        }
        else
        {
            EncodeSegment<TGroup, QuicFirstRow>(group, ref writer, ref row, ref above, i, end, waitMask);
        }
    }

    private static void EncodeSegment<TGroup, TRow>(TGroup group, ref QuicBitWriter target, ref byte row, ref byte above, int i, int end, uint waitMask)
        where TGroup : struct, IQuicGroup
        where TRow : struct, IQuicRowKind
    {
        bool hasAbove = TRow.HasAbove;
        QuicRunState state = group.State;
        if (i == 0)
        {
            FirstPixel<TGroup, TRow>(group, ref target, ref row, ref above, waitMask);
            i = 1;
        }

        // A private copy the JIT can keep in registers (nothing may take its address); written back on every exit.
        QuicBitWriter writer = target;
        ref byte rows = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(group.Context.Rows);
        ref ushort codes = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(group.Context.Codes);

        int stop = i + (int)state.WaitCount;
        int runStart = 0;
        while (i < end)
        {
            ref byte pixel = ref Unsafe.Add(ref row, i * 4);
            // Run mode is entered when the two pixels above agree and the two on the left agree. runStart is the
            // run's first index, as in the reference, so a (zero-length) run may be announced again right after one.
            if (hasAbove && i > 2 && runStart != i
                && group.Same(ref Unsafe.Add(ref above, (i - 1) * 4), ref Unsafe.Add(ref above, i * 4))
                && group.Same(ref Unsafe.Subtract(ref pixel, 4), ref Unsafe.Subtract(ref pixel, 8)))
            {
                int wait = stop - i;
                runStart = i;
                int run = 0;
                while (group.Same(ref Unsafe.Add(ref row, i * 4), ref Unsafe.Add(ref row, (i - 1) * 4)))
                {
                    run++;
                    if (++i == end)
                    {
                        WriteRun(ref writer, state, run);
                        state.WaitCount = (uint)wait;
                        target = writer;
                        return;
                    }
                }

                WriteRun(ref writer, state, run);
                stop = i + wait;
                continue;
            }

            group.Encode(ref writer, ref pixel, ref Unsafe.Add(ref above, i * 4), ref Unsafe.Add(ref rows, i * 4), ref codes, hasAbove, firstColumn: false);
            if (i == stop)
            {
                group.UpdateModel(i);
                stop = i + 1 + (int)(state.NextRandom() & waitMask);
            }

            i++;
        }

        state.WaitCount = (uint)(stop - end);
        target = writer;
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

    /// <summary>Pixel 0 of a row, which also decides whether the models update right away; kept out of line so the hot loop stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FirstPixel<TGroup, TRow>(TGroup group, ref QuicBitWriter writer, ref byte row, ref byte above, uint waitMask)
        where TGroup : struct, IQuicGroup
        where TRow : struct, IQuicRowKind
    {
        QuicRunState state = group.State;
        QuicContext context = group.Context;
        group.Encode(
            ref writer,
            ref row,
            ref above,
            ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(context.Rows),
            ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(context.Codes),
            TRow.HasAbove,
            firstColumn: true);
        if (state.WaitCount != 0)
        {
            state.WaitCount--;
        }
        else
        {
            state.WaitCount = state.NextRandom() & waitMask;
            group.UpdateModel(0);
        }
    }
}
