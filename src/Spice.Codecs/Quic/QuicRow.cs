using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// Codes one row of one channel group in either direction (<typeparamref name="TCoder"/> of <see cref="Code{TGroup, TCoder}"/>):
/// segments of constant wait mask, model updates, run mode.
/// </summary>
internal static class QuicRow
{
    public static void Code<TGroup, TCoder>(TGroup group, ref TCoder coder, ref byte row, ref byte above, bool hasAbove, int width)
        where TGroup : struct, IQuicGroup
        where TCoder : IQuicRowCoder<TCoder>, allows ref struct
    {
        QuicRunState state = group.State;
        group.StartRow(!hasAbove);
        int position = 0;
        // The wait mask grows every WaitMaskIndexSpan pixels until it reaches its maximum, possibly mid-row.
        while (state.WaitMaskIndex < QuicConstants.WaitMaskIndexMax && state.WaitMaskLeft <= width)
        {
            if (state.WaitMaskLeft > 0)
            {
                int end = position + state.WaitMaskLeft;
                SegmentDispatch(group, ref coder, ref row, ref above, hasAbove, position, end, state.WaitMask);
                width -= state.WaitMaskLeft;
                position = end;
            }

            state.NextWaitMask();
        }

        if (width > 0)
        {
            SegmentDispatch(group, ref coder, ref row, ref above, hasAbove, position, position + width, state.WaitMask);
            if (state.WaitMaskIndex < QuicConstants.WaitMaskIndexMax)
            {
                state.WaitMaskLeft -= width;
            }
        }
    }

    private static void SegmentDispatch<TGroup, TCoder>(TGroup group, ref TCoder coder, ref byte row, ref byte above, bool hasAbove, int i, int end, uint waitMask)
        where TGroup : struct, IQuicGroup
        where TCoder : IQuicRowCoder<TCoder>, allows ref struct
    {
        if (hasAbove)
        {
            Segment<TGroup, TCoder, QuicLaterRow>(group, ref coder, ref row, ref above, i, end, waitMask);
        }
        else
        {
            Segment<TGroup, TCoder, QuicFirstRow>(group, ref coder, ref row, ref above, i, end, waitMask);
        }
    }

    private static void Segment<TGroup, TCoder, TRow>(TGroup group, ref TCoder source, ref byte row, ref byte above, int i, int end, uint waitMask)
        where TGroup : struct, IQuicGroup
        where TCoder : IQuicRowCoder<TCoder>, allows ref struct
        where TRow : struct, IQuicRowKind
    {
        bool hasAbove = TRow.HasAbove;
        QuicRunState state = group.State;
        if (i == 0)
        {
            FirstPixel<TGroup, TCoder, TRow>(group, ref source, ref row, ref above, waitMask);
            i = 1;
        }

        // A private copy the JIT can keep in registers (nothing may take its address); written back on every exit.
        TCoder coder = source;
        ref byte rows = ref MemoryMarshal.GetArrayDataReference(group.Context.Rows);
        ref ushort codes = ref MemoryMarshal.GetArrayDataReference(group.Context.Codes);

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
                i += TCoder.Run(ref coder, group, ref row, i, end);
                if (i == end)
                {
                    state.WaitCount = (uint)wait;
                    source = coder;
                    return;
                }

                stop = i + wait;
                continue;
            }

            TCoder.Pixel(ref coder, group, ref pixel, ref Unsafe.Add(ref above, i * 4), ref Unsafe.Add(ref rows, i * 4), ref codes, hasAbove, firstColumn: false);
            if (i == stop)
            {
                group.UpdateModel(i);
                stop = i + 1 + (int)(state.NextRandom() & waitMask);
            }

            i++;
        }

        state.WaitCount = (uint)(stop - end);
        source = coder;
    }

    /// <summary>Pixel 0 of a row, which also decides whether the models update right away; kept out of line so the hot loop stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FirstPixel<TGroup, TCoder, TRow>(TGroup group, ref TCoder coder, ref byte row, ref byte above, uint waitMask)
        where TGroup : struct, IQuicGroup
        where TCoder : IQuicRowCoder<TCoder>, allows ref struct
        where TRow : struct, IQuicRowKind
    {
        QuicRunState state = group.State;
        QuicContext context = group.Context;
        TCoder.Pixel(
            ref coder,
            group,
            ref row,
            ref above,
            ref MemoryMarshal.GetArrayDataReference(context.Rows),
            ref MemoryMarshal.GetArrayDataReference(context.Codes),
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
