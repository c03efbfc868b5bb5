using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spice.Codecs.Quic;

/// <summary>
/// The code family for one sample depth: for each Golomb parameter l a limited-length Golomb-Rice code whose
/// longest words are replaced by fixed-length escape words, plus the sign-folding maps and the bucket map
/// of the context model.
/// </summary>
internal sealed class QuicFamily
{
    public static readonly QuicFamily Bits8 = new(8);
    public static readonly QuicFamily Bits5 = new(5);

    /// <summary>Bits per sample.</summary>
    public readonly int Bpc;

    /// <summary>All-ones mask of one sample.</summary>
    public readonly uint Mask;

    /// <summary>Number of context buckets the 2^bpc folded values are grouped into.</summary>
    public readonly int BucketCount;

    /// <summary>First folded value of each bucket.</summary>
    public readonly int[] BucketStart = new int[QuicConstants.MaxCodes];

    /// <summary>Number of folded values in each bucket.</summary>
    public readonly int[] BucketSize = new int[QuicConstants.MaxCodes];

    /// <summary>Per code: decoding parameters.</summary>
    public readonly QuicCodeParams[] Codes = new QuicCodeParams[QuicConstants.MaxCodes];

    /// <summary>Codeword per [value * 8 + l].</summary>
    public readonly uint[] Codeword = new uint[256 * QuicConstants.MaxCodes];

    /// <summary>Codeword length per [value * 8 + l]; the model sums these to pick the best code.</summary>
    public readonly byte[] CodeLength = new byte[256 * QuicConstants.MaxCodes];

    /// <summary><see cref="CodeLength"/> widened to 32 bits, so the model adds one row of eight with one vector add.</summary>
    public readonly uint[] CodeLength32 = new uint[256 * QuicConstants.MaxCodes];

    /// <summary>
    /// Per code l, what the hot decoding path needs packed in 16 bits: l in the low byte, the escape prefix
    /// length (a word with at least that many leading zeros is an escape word) in the high byte.
    /// </summary>
    public readonly ushort[] Packed = new ushort[QuicConstants.MaxCodes];

    /// <summary>Residual (mod 2^bpc) to folded value: 0, -1, 1, -2, 2... become 0, 1, 2, 3, 4...</summary>
    public readonly byte[] Fold = new byte[256];

    /// <summary>Bucket index of a folded value (already reduced mod 2^bpc).</summary>
    public readonly byte[] BucketOf = new byte[256];

    /// <summary>All ones in the lanes of codes this family does not have (l >= bpc), zero in the others.</summary>
    public readonly Vector256<uint> MissingCodes;

    private QuicFamily(int bpc)
    {
        Bpc = bpc;
        Mask = (1u << bpc) - 1;
        MissingCodes = Vector256.GreaterThanOrEqual(Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7), Vector256.Create((uint)bpc));
        BuildCodes();
        BuildFolding();
        BucketCount = BuildBuckets();
    }

    private void BuildCodes()
    {
        int levels = 1 << Bpc;
        for (int l = 0; l < Bpc; l++)
        {
            // Golomb words longer than the limit would be; cap the unary prefix and let one all-zero prefix
            // announce a plain binary suffix instead.
            int escapePrefix = Math.Min(QuicConstants.CodewordLimit - Bpc, (1 << (Bpc - l)) - 1);
            int grCount = escapePrefix << l;
            int suffixBits = BitsFor(levels - grCount);
            int escapeLength = escapePrefix + suffixBits;
            Codes[l] = new QuicCodeParams(
                EscapeAtOrBelow: uint.MaxValue >> escapePrefix,
                EscapeLength: escapeLength,
                GrCount: (uint)grCount,
                SuffixMask: (1u << suffixBits) - 1,
                LowMask: (1u << l) - 1,
                L: l);
            Packed[l] = (ushort)(l | (escapePrefix << 8));

            for (int n = 0; n < 256; n++)
            {
                int index = n * QuicConstants.MaxCodes + l;
                if (n < grCount)
                {
                    Codeword[index] = (1u << l) | ((uint)n & ((1u << l) - 1));
                    CodeLength[index] = (byte)((n >> l) + l + 1);
                }
                else
                {
                    Codeword[index] = (uint)(n - grCount);
                    CodeLength[index] = (byte)escapeLength;
                }

                CodeLength32[index] = CodeLength[index];
            }
        }
    }

    /// <summary>Bits needed to write any of <paramref name="count"/> values (ceil(log2(count))).</summary>
    private static int BitsFor(int count) => count <= 1 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(count - 1));

    private void BuildFolding()
    {
        uint half = Mask >> 1;
        for (uint s = 0; s <= Mask; s++)
        {
            Fold[s] = (byte)(s <= half ? s << 1 : ((Mask - s) << 1) + 1);
        }
    }

    /// <summary>Buckets of sizes 1, 2, 4, 8...; a last bucket that would be followed by a bigger one absorbs the rest.</summary>
    private int BuildBuckets()
    {
        int levels = 1 << Bpc;
        int bucket = 0;
        int start = 0;
        int size = 1;
        while (true)
        {
            if (bucket > 0)
            {
                size *= 2;
            }

            int end = start + size - 1;
            if (end + size >= levels)
            {
                end = levels - 1;
            }

            for (int v = start; v <= end; v++)
            {
                BucketOf[v] = (byte)bucket;
            }

            BucketStart[bucket] = start;
            BucketSize[bucket] = end - start + 1;

            bucket++;
            if (end >= levels - 1)
            {
                break;
            }

            start = end + 1;
        }

        for (int v = levels; v < 256; v++)
        {
            BucketOf[v] = BucketOf[v & (int)Mask];
        }

        return bucket;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref QuicCodeParams CodeRef(int l) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Codes), l);
}
