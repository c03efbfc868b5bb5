using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// 8x8 forward DCT and quantization in one pass, eight lanes at a time: the separable Arai-Agui-Nakajima float
/// DCT runs down the columns (one Vector256 per row, so each lane is a column), the block is transposed, and it
/// runs again. AAN leaves coefficient (u, v) scaled by 8·s(u)·s(v) with s(0) = 1, s(k) = √2·cos(kπ/16); that
/// scale and the quantizer are folded into one multiplier per coefficient (<see cref="BuildMultipliers"/>).
/// <para>
/// The result is transposed: lane j of output row i is the coefficient of vertical frequency j, horizontal
/// frequency i, so it lands at index i·8 + j for natural index j·8 + i. The zigzag table that follows
/// (<see cref="ZigzagToOutput"/>) absorbs that.
/// </para>
/// </summary>
internal static unsafe partial class JpegForwardDct
{
    /// <summary>Entropy-coded (zigzag) position k to this transform's output index.</summary>
    public static readonly byte[] ZigzagToOutput = BuildZigzagToOutput();

    /// <summary>This transform's output index to zigzag position (the inverse of <see cref="ZigzagToOutput"/>).</summary>
    public static readonly byte[] OutputToZigzag = Invert(ZigzagToOutput);

    /// <summary>
    /// Fills <paramref name="multipliers"/> (64, output order) with 1 / (quantizer · 8 · s(u) · s(v)) for the
    /// natural-order <paramref name="quantizers"/>.
    /// </summary>
    public static void BuildMultipliers(ReadOnlySpan<byte> quantizers, Span<float> multipliers)
    {
        Span<double> scale = stackalloc double[8];
        scale[0] = 1;
        for (int k = 1; k < 8; k++)
        {
            scale[k] = Math.Sqrt(2) * Math.Cos(k * Math.PI / 16);
        }

        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++)
            {
                multipliers[(i * 8) + j] = (float)(1.0 / (quantizers[(j * 8) + i] * 8 * scale[i] * scale[j]));
            }
        }
    }

    /// <summary>
    /// Transforms the 8x8 level-shifted samples at <paramref name="src"/> (rows <paramref name="stride"/> floats
    /// apart) and writes the 64 quantized coefficients, in output order, to <paramref name="dest"/>. Returns a
    /// mask with bit i set when output coefficient i is nonzero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Transform(float* src, int stride, float* multipliers, int* dest, bool vectorized)
    {
        var r0 = Vector256.Load(src);
        var r1 = Vector256.Load(src + stride);
        var r2 = Vector256.Load(src + (2 * stride));
        var r3 = Vector256.Load(src + (3 * stride));
        var r4 = Vector256.Load(src + (4 * stride));
        var r5 = Vector256.Load(src + (5 * stride));
        var r6 = Vector256.Load(src + (6 * stride));
        var r7 = Vector256.Load(src + (7 * stride));
        Dct8(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        if (vectorized && Avx.IsSupported)
        {
            TransposeAvx(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        }
        else
        {
            TransposeScalar(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        }

        Dct8(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        bool avx = vectorized && Avx.IsSupported;
        ulong zero = Quantize(r0, multipliers, dest, avx)
            | (Quantize(r1, multipliers + 8, dest + 8, avx) << 8)
            | (Quantize(r2, multipliers + 16, dest + 16, avx) << 16)
            | (Quantize(r3, multipliers + 24, dest + 24, avx) << 24)
            | (Quantize(r4, multipliers + 32, dest + 32, avx) << 32)
            | (Quantize(r5, multipliers + 40, dest + 40, avx) << 40)
            | (Quantize(r6, multipliers + 48, dest + 48, avx) << 48)
            | (Quantize(r7, multipliers + 56, dest + 56, avx) << 56);
        return ~zero;
    }

    /// <summary>One AAN 8-point DCT across the eight vectors (for every lane at once), in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dct8(
        ref Vector256<float> d0, ref Vector256<float> d1, ref Vector256<float> d2, ref Vector256<float> d3,
        ref Vector256<float> d4, ref Vector256<float> d5, ref Vector256<float> d6, ref Vector256<float> d7)
    {
        var sum07 = d0 + d7;
        var diff07 = d0 - d7;
        var sum16 = d1 + d6;
        var diff16 = d1 - d6;
        var sum25 = d2 + d5;
        var diff25 = d2 - d5;
        var sum34 = d3 + d4;
        var diff34 = d3 - d4;

        // Even half: a 4-point DCT of the sums.
        var even0 = sum07 + sum34;
        var even3 = sum07 - sum34;
        var even1 = sum16 + sum25;
        var even2 = sum16 - sum25;
        d0 = even0 + even1;
        d4 = even0 - even1;
        var rotated = (even2 + even3) * 0.70710678f;
        d2 = even3 + rotated;
        d6 = even3 - rotated;

        // Odd half: the differences through AAN's rotation with shared multiplies.
        var odd0 = diff34 + diff25;
        var odd1 = diff25 + diff16;
        var odd2 = diff16 + diff07;
        var shared = (odd0 - odd2) * 0.38268343f;
        var rot0 = (odd0 * 0.5411961f) + shared;
        var rot2 = (odd2 * 1.3065630f) + shared;
        var rot1 = odd1 * 0.70710678f;
        var upper = diff07 + rot1;
        var lower = diff07 - rot1;
        d5 = lower + rot0;
        d3 = lower - rot0;
        d1 = upper + rot2;
        d7 = upper - rot2;
    }

    /// <summary>
    /// Multiplies by the folded quantizer, rounds to nearest and clamps to ±1023, the largest magnitude baseline
    /// AC coding has a category for (8-bit samples cannot exceed it; the clamp guards float error). Returns a
    /// byte with bit j set when lane j quantized to zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Quantize(Vector256<float> row, float* multipliers, int* dest, bool avx)
    {
        var scaled = row * Vector256.Load(multipliers);
        var rounded = avx ? Avx.ConvertToVector256Int32(scaled) : Vector256.ConvertToInt32(Vector256.Round(scaled));
        var clamped = Vector256.Min(Vector256.Max(rounded, Vector256.Create(-1023)), Vector256.Create(1023));
        clamped.Store(dest);
        return Vector256.Equals(clamped, Vector256<int>.Zero).ExtractMostSignificantBits();
    }

    private static byte[] BuildZigzagToOutput()
    {
        var table = new byte[64];
        for (int k = 0; k < 64; k++)
        {
            int natural = JpegZigzag.Natural[k];
            table[k] = (byte)(((natural % 8) * 8) + (natural / 8));
        }

        return table;
    }

    private static byte[] Invert(byte[] table)
    {
        var inverse = new byte[table.Length];
        for (int i = 0; i < table.Length; i++)
        {
            inverse[table[i]] = (byte)i;
        }

        return inverse;
    }
}
