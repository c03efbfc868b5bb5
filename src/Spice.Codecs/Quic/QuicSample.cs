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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Decode<TDepth>(ref QuicBitReader reader, QuicChannel channel, int i, uint predicted)
        where TDepth : IQuicDepth
    {
        QuicFamily family = TDepth.Family;
        int folded = reader.ReadCode(in family.CodeRef(channel.CodeFor(family, i)));
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(channel.Row), i + 1) = (byte)folded;
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.Unfold), folded) + predicted) & family.Mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Encode<TDepth>(ref QuicBitWriter writer, QuicChannel channel, int i, uint sample, uint predicted)
        where TDepth : IQuicDepth
    {
        QuicFamily family = TDepth.Family;
        byte folded = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.Fold), (int)((sample - predicted) & family.Mask));
        int index = (folded * QuicConstants.MaxCodes) + channel.CodeFor(family, i);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(channel.Row), i + 1) = folded;
        writer.Write(
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.Codeword), index),
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.CodeLength), index));
    }
}
