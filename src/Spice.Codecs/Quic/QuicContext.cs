using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// Model state for one image at a time: four channel models and the two adaptation states (colour and alpha).
/// Reused per thread (each thread has its own, so concurrent coding never shares a model) and allocates nothing
/// in the steady state.
/// </summary>
internal sealed class QuicContext
{
    [ThreadStatic]
    private static QuicContext? s_current;

    /// <summary>
    /// Folded residuals of the four channels interleaved: byte slot * 4 + channel. Slot 0 is the context of
    /// pixel 0 (pixel 0 of the previous row), slot i+1 is pixel i. Channels 0, 1, 2 are R, G, B (or gray), 3 is alpha.
    /// </summary>
    public byte[] Rows = new byte[4];

    /// <summary>
    /// Per channel (256 entries each) and context value: the packed code (<see cref="QuicFamily.Packed"/>) of the
    /// context's bucket, kept in step with each channel's best codes so a sample's code is one load.
    /// </summary>
    public readonly ushort[] Codes = new ushort[4 * 256];

    public readonly QuicChannel[] Channels;

    /// <summary>Shared by R, G, B (or by the gray channel).</summary>
    public readonly QuicRunState ColorState = new();

    public readonly QuicRunState AlphaState = new();

    public QuicContext() => Channels = [new(this, 0), new(this, 1), new(this, 2), new(this, 3)];

    public static QuicContext Current => s_current ??= new QuicContext();

    public void Reset(int width, QuicFamily family)
    {
        // Growing only; every row-0 sample rewrites its slot before any read, so stale contents never leak.
        if (Rows.Length < (width + 1) * 4)
        {
            Rows = new byte[(width + 1) * 4];
        }

        foreach (QuicChannel channel in Channels)
        {
            channel.Reset(family);
        }

        ColorState.Reset();
        AlphaState.Reset();
    }

    public QuicRgbGroup<TDepth> Rgb<TDepth>()
        where TDepth : IQuicDepth => new(this, Channels[0], Channels[1], Channels[2], ColorState);

    public QuicSingleGroup<QuicAlphaChannel> Alpha() => new(this, Channels[3], AlphaState);

    public QuicSingleGroup<QuicGrayChannel> Gray() => new(this, Channels[0], ColorState);

    /// <summary>Slot 0 of each of <paramref name="count"/> channels from <paramref name="first"/>: zero on the first row, else pixel 0 of the previous row.</summary>
    public void StartRow(int first, int count, bool firstRow)
    {
        ref byte rows = ref MemoryMarshal.GetArrayDataReference(Rows);
        for (int c = first; c < first + count; c++)
        {
            Unsafe.Add(ref rows, c) = firstRow ? (byte)0 : Unsafe.Add(ref rows, 4 + c);
        }
    }
}
