using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>Model of one channel: per-bucket code-length counters, the best code per bucket, and the row of folded residuals.</summary>
internal sealed class QuicChannel
{
    /// <summary>Folded residuals: slot 0 is the context of pixel 0 (pixel 0 of the previous row), slot i+1 is pixel i.</summary>
    public byte[] Row = new byte[1];

    public readonly uint[] Counters = new uint[QuicConstants.MaxCodes * QuicConstants.MaxCodes];

    public readonly byte[] BestCode = new byte[QuicConstants.MaxCodes];

    /// <summary>
    /// BestCode of the bucket of every context value, kept in step with <see cref="BestCode"/> so the per-sample
    /// code choice is one table load instead of two dependent ones.
    /// </summary>
    public readonly byte[] CodeByContext = new byte[256];

    public void Reset(int width, QuicFamily family)
    {
        // Growing only; every row-0 sample rewrites its slot before any read, so stale contents never leak.
        if (Row.Length < width + 1)
        {
            Row = new byte[width + 1];
        }

        Array.Clear(Counters);
        BestCode.AsSpan().Fill((byte)(family.Bpc - 1));
        CodeByContext.AsSpan().Fill((byte)(family.Bpc - 1));
    }

    /// <summary>Adds the length each code would have spent on <paramref name="value"/> and picks the cheapest code for the bucket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(QuicFamily family, int bucket, int value, uint trigger)
    {
        ref uint counters = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Counters), bucket * QuicConstants.MaxCodes);
        ref byte lengths = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(family.CodeLength), value * QuicConstants.MaxCodes);
        int best = family.Bpc - 1;
        uint bestLength = Unsafe.Add(ref counters, best) += Unsafe.Add(ref lengths, best);
        for (int l = best - 1; l >= 0; l--)
        {
            uint length = Unsafe.Add(ref counters, l) += Unsafe.Add(ref lengths, l);
            if (length < bestLength)
            {
                best = l;
                bestLength = length;
            }
        }

        ref byte stored = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(BestCode), bucket);
        if (stored != best)
        {
            stored = (byte)best;
            SetCodeForBucket(family, bucket, (byte)best);
        }
        if (bestLength > trigger)
        {
            for (int l = 0; l < family.Bpc; l++)
            {
                Unsafe.Add(ref counters, l) >>= 1;
            }
        }
    }

    /// <summary>Model update after the sample at pixel <paramref name="i"/>, in the context of pixel i-1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UpdateAt(QuicFamily family, int i, uint trigger)
    {
        ref byte row = ref MemoryMarshal.GetArrayDataReference(Row);
        Update(family, family.BucketOf[Unsafe.Add(ref row, i)], Unsafe.Add(ref row, i + 1), trigger);
    }

    /// <summary>The code to use for pixel <paramref name="i"/>, chosen by the bucket of pixel i-1's residual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CodeFor(QuicFamily family, int i)
    {
        byte context = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Row), i);
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(CodeByContext), context);
    }

    private void SetCodeForBucket(QuicFamily family, int bucket, byte code)
    {
        // Context values past 2^bpc (only from corrupt 5-bit streams) share the buckets of their low bits.
        for (int start = family.BucketStart[bucket]; start < 256; start += 1 << family.Bpc)
        {
            CodeByContext.AsSpan(start, family.BucketSize[bucket]).Fill(code);
        }
    }
}
