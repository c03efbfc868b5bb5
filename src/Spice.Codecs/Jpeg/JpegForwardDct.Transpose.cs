using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Spice.Codecs.Jpeg;

/// <summary>The 8x8 transpose between the DCT's column and row passes: AVX shuffles, or a portable copy.</summary>
internal static unsafe partial class JpegForwardDct
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TransposeAvx(
        ref Vector256<float> r0, ref Vector256<float> r1, ref Vector256<float> r2, ref Vector256<float> r3,
        ref Vector256<float> r4, ref Vector256<float> r5, ref Vector256<float> r6, ref Vector256<float> r7)
    {
        // Interleave row pairs, then gather four-row columns within each 128-bit half, then swap halves.
        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);
        var s0 = Avx.Shuffle(t0, t2, 0x44);
        var s1 = Avx.Shuffle(t0, t2, 0xEE);
        var s2 = Avx.Shuffle(t1, t3, 0x44);
        var s3 = Avx.Shuffle(t1, t3, 0xEE);
        var s4 = Avx.Shuffle(t4, t6, 0x44);
        var s5 = Avx.Shuffle(t4, t6, 0xEE);
        var s6 = Avx.Shuffle(t5, t7, 0x44);
        var s7 = Avx.Shuffle(t5, t7, 0xEE);
        r0 = Avx.Permute2x128(s0, s4, 0x20);
        r1 = Avx.Permute2x128(s1, s5, 0x20);
        r2 = Avx.Permute2x128(s2, s6, 0x20);
        r3 = Avx.Permute2x128(s3, s7, 0x20);
        r4 = Avx.Permute2x128(s0, s4, 0x31);
        r5 = Avx.Permute2x128(s1, s5, 0x31);
        r6 = Avx.Permute2x128(s2, s6, 0x31);
        r7 = Avx.Permute2x128(s3, s7, 0x31);
    }

    private static void TransposeScalar(
        ref Vector256<float> r0, ref Vector256<float> r1, ref Vector256<float> r2, ref Vector256<float> r3,
        ref Vector256<float> r4, ref Vector256<float> r5, ref Vector256<float> r6, ref Vector256<float> r7)
    {
        float* block = stackalloc float[64];
        r0.Store(block);
        r1.Store(block + 8);
        r2.Store(block + 16);
        r3.Store(block + 24);
        r4.Store(block + 32);
        r5.Store(block + 40);
        r6.Store(block + 48);
        r7.Store(block + 56);
        float* columns = stackalloc float[64];
        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++)
            {
                columns[(j * 8) + i] = block[(i * 8) + j];
            }
        }

        r0 = Vector256.Load(columns);
        r1 = Vector256.Load(columns + 8);
        r2 = Vector256.Load(columns + 16);
        r3 = Vector256.Load(columns + 24);
        r4 = Vector256.Load(columns + 32);
        r5 = Vector256.Load(columns + 40);
        r6 = Vector256.Load(columns + 48);
        r7 = Vector256.Load(columns + 56);
    }
}
