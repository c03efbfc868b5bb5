using System.Numerics;
using System.Runtime.CompilerServices;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// Huffman-codes one quantized block (T.81 F.1.2): the DC coefficient as the difference from the previous block
/// of the component, then the AC coefficients in zigzag order as (zero run, size) symbols with their extra bits,
/// ZRL for every 16 zeros of a longer run, and EOB when zeros run to the end. A bitmask of the nonzero
/// coefficients (from the DCT's compare + movemask), moved to zigzag positions, lets the coder jump from one
/// nonzero coefficient to the next.
/// </summary>
internal static unsafe class JpegBlockCoder
{
    /// <summary>The most bytes one block can take: 64 codes of at most 27 bits, each byte possibly stuffed.</summary>
    public const int MaxBlockBytes = 64 * 27 / 8 * 2;

    private const int EndOfBlock = 0x00;
    private const int ZeroRunLength = 0xF0;

    /// <param name="coefficients">The block in <see cref="JpegForwardDct"/>'s output order.</param>
    /// <param name="nonzero">Bit i set when output coefficient i is nonzero.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Encode(ref JpegBitWriter writer, int* coefficients, ulong nonzero, ref int previousDc, int[] dcCodes, int[] acCodes)
    {
        int dc = coefficients[0];
        int diff = dc - previousDc;
        previousDc = dc;
        int size = Magnitude(diff);
        int code = dcCodes[size];
        writer.Write(((uint)(code >> 8) << size) | ExtraBits(diff, size), (code & 0xFF) + size);

        // Re-index the nonzero AC coefficients by zigzag position: one step per nonzero coefficient, not per coefficient.
        ulong zigzagNonzero = 0;
        nonzero &= ~1UL;
        fixed (byte* toZigzag = JpegForwardDct.OutputToZigzag)
        fixed (byte* toOutput = JpegForwardDct.ZigzagToOutput)
        {
            while (nonzero != 0)
            {
                zigzagNonzero |= 1UL << toZigzag[BitOperations.TrailingZeroCount(nonzero)];
                nonzero &= nonzero - 1;
            }

            int last = 0;
            while (zigzagNonzero != 0)
            {
                int k = BitOperations.TrailingZeroCount(zigzagNonzero);
                zigzagNonzero &= zigzagNonzero - 1;
                int run = k - last - 1;
                last = k;
                if (run >= 16)
                {
                    int zrl = acCodes[ZeroRunLength];
                    do
                    {
                        writer.Write((uint)(zrl >> 8), zrl & 0xFF);
                        run -= 16;
                    }
                    while (run >= 16);
                }

                int value = coefficients[toOutput[k]];
                size = Magnitude(value);
                code = acCodes[(run << 4) | size];
                writer.Write(((uint)(code >> 8) << size) | ExtraBits(value, size), (code & 0xFF) + size);
            }

            if (last != 63)
            {
                int eob = acCodes[EndOfBlock];
                writer.Write((uint)(eob >> 8), eob & 0xFF);
            }
        }
    }

    /// <summary>The size category of T.81 table F.1/F.2: bits needed for |value|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Magnitude(int value) => 32 - BitOperations.LeadingZeroCount((uint)Math.Abs(value));

    /// <summary>The low <paramref name="size"/> bits of the value, or of value - 1 when negative (F.1.2.1.1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ExtraBits(int value, int size) => (uint)(value + (value >> 31)) & ((1u << size) - 1);
}
