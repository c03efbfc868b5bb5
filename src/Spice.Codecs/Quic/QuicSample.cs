using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>Prediction and coding of one sample of one channel.</summary>
internal static class QuicSample
{
    /// <summary>
    /// Predicted sample: left neighbour on the first row, the pixel above in the first column, the average of
    /// left and above elsewhere; nothing (zero) for the very first pixel.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Predict<TDepth>(ref byte sample, ref byte above, bool hasAbove, bool firstColumn)
        where TDepth : IQuicDepth
    {
        if (firstColumn)
        {
            return hasAbove ? TDepth.Get(above) : 0;
        }

        uint left = TDepth.Get(Unsafe.Subtract(ref sample, 4));
        return hasAbove ? (left + TDepth.Get(above)) >> 1 : left;
    }

    /// <summary>
    /// Decodes one sample of channel <paramref name="channel"/>: <paramref name="slot"/> is the pixel's context
    /// slot in the interleaved rows (the folded value goes four bytes on), <paramref name="codes"/> the start of the
    /// per-context code tables.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Decode<TDepth>(ref QuicBitReader reader, ref byte slot, ref ushort codes, int channel, uint predicted)
        where TDepth : IQuicDepth
    {
        ref byte context = ref Unsafe.Add(ref slot, channel);
        uint folded = (uint)reader.ReadCode(Unsafe.Add(ref codes, (channel * 256) + context), TDepth.Family);
        Unsafe.Add(ref context, 4) = (byte)folded;
        // Unfolding 0, 1, 2, 3, 4... to 0, -1, 1, -2, 2... (mod 2^bpc) without a table.
        uint residual = (folded >> 1) ^ (0u - (folded & 1));
        return (residual + predicted) & TDepth.Mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Encode<TDepth>(ref QuicBitWriter writer, ref byte slot, ref ushort codes, int channel, uint sample, uint predicted)
        where TDepth : IQuicDepth
    {
        QuicFamily family = TDepth.Family;
        ref byte context = ref Unsafe.Add(ref slot, channel);
        byte folded = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.Fold), (int)((sample - predicted) & TDepth.Mask));
        int index = (folded * QuicConstants.MaxCodes) + (byte)Unsafe.Add(ref codes, (channel * 256) + context);
        Unsafe.Add(ref context, 4) = folded;
        writer.Write(
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.Codeword), index),
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.CodeLength), index));
    }
}
