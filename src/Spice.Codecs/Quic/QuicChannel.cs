using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spice.Codecs.Quic;

/// <summary>
/// Model of one channel: per-bucket code-length counters and the best code per bucket. Its row of folded
/// residuals and its per-context code table live in the owning <see cref="QuicContext"/>, interleaved with the
/// other channels' so a row loop reaches all of them from two base references.
/// </summary>
internal sealed class QuicChannel(QuicContext owner, int index)
{
    /// <summary>Position of this channel in <see cref="QuicContext.Rows"/> (slot * 4 + Index) and <see cref="QuicContext.Codes"/> (Index * 256 + context).</summary>
    public readonly int Index = index;

    /// <summary>Eight counters (one per code) for each of eight buckets.</summary>
    public readonly uint[] Counters = new uint[QuicConstants.MaxCodes * QuicConstants.MaxCodes];

    public readonly byte[] BestCode = new byte[QuicConstants.MaxCodes];

    public void Reset(QuicFamily family)
    {
        Array.Clear(Counters);
        BestCode.AsSpan().Fill((byte)(family.Bpc - 1));
        owner.Codes.AsSpan(Index * 256, 256).Fill(family.Packed[family.Bpc - 1]);
    }

    /// <summary>Adds the length each code would have spent on <paramref name="value"/> and picks the cheapest code for the bucket.</summary>
    public void Update(QuicFamily family, int bucket, int value, uint trigger)
    {
        ref uint counters = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Counters), bucket * QuicConstants.MaxCodes);
        ref uint lengths = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.CodeLength32), value * QuicConstants.MaxCodes);
        int best;
        uint bestLength;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<uint> sums = Vector256.LoadUnsafe(ref counters) + Vector256.LoadUnsafe(ref lengths);
            // Minimum over the family's codes; ties go to the highest l, as the reference scans from the top down.
            Vector256<uint> candidates = sums | family.MissingCodes;
            Vector256<uint> min = Vector256.Min(candidates, Vector256.Shuffle(candidates, Vector256.Create(4u, 5, 6, 7, 0, 1, 2, 3)));
            min = Vector256.Min(min, Vector256.Shuffle(min, Vector256.Create(2u, 3, 0, 1, 6, 7, 4, 5)));
            min = Vector256.Min(min, Vector256.Shuffle(min, Vector256.Create(1u, 0, 3, 2, 5, 4, 7, 6)));
            uint ties = Vector256.Equals(candidates, min).ExtractMostSignificantBits();
            best = 31 - BitOperations.LeadingZeroCount(ties);
            bestLength = min.ToScalar();
            if (bestLength > trigger)
            {
                sums = Vector256.ShiftRightLogical(sums, 1);
            }

            sums.StoreUnsafe(ref counters);
        }
        else
        {
            best = family.Bpc - 1;
            bestLength = Unsafe.Add(ref counters, best) += Unsafe.Add(ref lengths, best);
            for (int l = best - 1; l >= 0; l--)
            {
                uint length = Unsafe.Add(ref counters, l) += Unsafe.Add(ref lengths, l);
                if (length < bestLength)
                {
                    best = l;
                    bestLength = length;
                }
            }

            if (bestLength > trigger)
            {
                for (int l = 0; l < family.Bpc; l++)
                {
                    Unsafe.Add(ref counters, l) >>= 1;
                }
            }
        }

        ref byte stored = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(BestCode), bucket);
        if (stored != best)
        {
            stored = (byte)best;
            SetCodeForBucket(family, bucket, family.Packed[best]);
        }
    }

    /// <summary>Model update after the sample at pixel <paramref name="i"/>, in the context of pixel i-1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UpdateAt(QuicFamily family, int i, uint trigger)
    {
        ref byte slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(owner.Rows), (i * 4) + Index);
        Update(family, family.BucketOf[slot], Unsafe.Add(ref slot, 4), trigger);
    }

    private void SetCodeForBucket(QuicFamily family, int bucket, ushort code)
    {
        // Context values past 2^bpc (only from corrupt 5-bit streams) share the buckets of their low bits.
        Span<ushort> table = owner.Codes.AsSpan(Index * 256, 256);
        for (int start = family.BucketStart[bucket]; start < 256; start += 1 << family.Bpc)
        {
            table.Slice(start, family.BucketSize[bucket]).Fill(code);
        }
    }
}
