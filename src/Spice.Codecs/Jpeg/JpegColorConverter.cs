using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// B,G,R,A to the level-shifted planes of one MCU row (16 pixel rows): Y at full resolution, Cb and Cr averaged
/// over each 2x2 pixel square (4:2:0). JFIF's full-range BT.601 matrix; samples stay float (minus 128, as the
/// DCT wants them) so nothing is rounded before the DCT. Pixels past the right or bottom edge repeat the last
/// column or row, so the padded blocks add no false edge. Alpha is ignored.
/// </summary>
internal static unsafe class JpegColorConverter
{
    private const float YR = 0.299f, YG = 0.587f, YB = 0.114f;

    // Chroma is computed from the sum of four pixels (the average's linear image), hence the quarter.
    private const float CbR = -0.168736f / 4, CbG = -0.331264f / 4, CbB = 0.5f / 4;
    private const float CrR = 0.5f / 4, CrG = -0.418688f / 4, CrB = -0.081312f / 4;

    /// <summary>
    /// Fills 16 rows of <paramref name="y"/> and 8 rows of <paramref name="cb"/>/<paramref name="cr"/>
    /// (row lengths <paramref name="paddedWidth"/> and half of it) from source rows from <paramref name="firstRow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ConvertMcuRow(byte* bgra, int stride, int width, int height, int firstRow, int paddedWidth, float* y, float* cb, float* cr, bool vectorized)
    {
        int chromaWidth = paddedWidth / 2;
        for (int pair = 0; pair < 8; pair++)
        {
            byte* row0 = bgra + ((long)Math.Min(firstRow + (2 * pair), height - 1) * stride);
            byte* row1 = bgra + ((long)Math.Min(firstRow + (2 * pair) + 1, height - 1) * stride);
            float* y0 = y + (2 * pair * paddedWidth);
            float* y1 = y0 + paddedWidth;
            float* cbRow = cb + (pair * chromaWidth);
            float* crRow = cr + (pair * chromaWidth);
            int x = vectorized && Avx2.IsSupported && Fma.IsSupported ? ConvertPairAvx2(row0, row1, width, y0, y1, cbRow, crRow) : 0;
            ConvertPairScalar(row0, row1, width, paddedWidth, x, y0, y1, cbRow, crRow);
        }
    }

    /// <summary>Two pixel rows, 16 pixels a step while 16 remain; returns where it stopped (a multiple of 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ConvertPairAvx2(byte* row0, byte* row1, int width, float* y0, float* y1, float* cb, float* cr)
    {
        var yr = Vector256.Create(YR);
        var yg = Vector256.Create(YG);
        var yb = Vector256.Create(YB);
        var shift = Vector256.Create(-128f);
        int x = 0;
        for (; x + 16 <= width; x += 16)
        {
            Split(Avx.LoadVector256((int*)(row0 + (x * 4))), out var b00, out var g00, out var r00);
            Split(Avx.LoadVector256((int*)(row0 + (x * 4) + 32)), out var b01, out var g01, out var r01);
            Split(Avx.LoadVector256((int*)(row1 + (x * 4))), out var b10, out var g10, out var r10);
            Split(Avx.LoadVector256((int*)(row1 + (x * 4) + 32)), out var b11, out var g11, out var r11);

            Avx.Store(y0 + x, Luma(b00, g00, r00, yb, yg, yr, shift));
            Avx.Store(y0 + x + 8, Luma(b01, g01, r01, yb, yg, yr, shift));
            Avx.Store(y1 + x, Luma(b10, g10, r10, yb, yg, yr, shift));
            Avx.Store(y1 + x + 8, Luma(b11, g11, r11, yb, yg, yr, shift));

            var b = SumSquares(b00, b01, b10, b11);
            var g = SumSquares(g00, g01, g10, g11);
            var r = SumSquares(r00, r01, r10, r11);
            Avx.Store(cb + (x / 2), Fma.MultiplyAdd(r, Vector256.Create(CbR), Fma.MultiplyAdd(g, Vector256.Create(CbG), b * CbB)));
            Avx.Store(cr + (x / 2), Fma.MultiplyAdd(r, Vector256.Create(CrR), Fma.MultiplyAdd(g, Vector256.Create(CrG), b * CrB)));
        }

        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(Vector256<int> pixels, out Vector256<int> b, out Vector256<int> g, out Vector256<int> r)
    {
        var low = Vector256.Create(0xFF);
        b = pixels & low;
        g = Vector256.ShiftRightLogical(pixels, 8) & low;
        r = Vector256.ShiftRightLogical(pixels, 16) & low;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Luma(Vector256<int> b, Vector256<int> g, Vector256<int> r, Vector256<float> yb, Vector256<float> yg, Vector256<float> yr, Vector256<float> shift) =>
        Fma.MultiplyAdd(Avx.ConvertToVector256Single(r), yr, Fma.MultiplyAdd(Avx.ConvertToVector256Single(g), yg, Fma.MultiplyAdd(Avx.ConvertToVector256Single(b), yb, shift)));

    /// <summary>Sums of each 2x2 square of a 16x2 patch given as its four 8-pixel quarters, in pixel order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> SumSquares(Vector256<int> top0, Vector256<int> top1, Vector256<int> bottom0, Vector256<int> bottom1)
    {
        // HorizontalAdd pairs neighbours within each 128-bit half, interleaving the halves of its two inputs; the
        // permute puts the quarters back in order.
        var pairs = Avx2.HorizontalAdd(top0 + bottom0, top1 + bottom1);
        return Avx.ConvertToVector256Single(Avx2.Permute4x64(pairs.AsInt64(), 0b11_01_10_00).AsInt32());
    }

    /// <summary>Two pixel rows from <paramref name="x"/> to the padded width, one 2x2 square a step, repeating the last column.</summary>
    private static void ConvertPairScalar(byte* row0, byte* row1, int width, int paddedWidth, int x, float* y0, float* y1, float* cb, float* cr)
    {
        for (; x < paddedWidth; x += 2)
        {
            byte* p00 = row0 + (Math.Min(x, width - 1) * 4);
            byte* p01 = row0 + (Math.Min(x + 1, width - 1) * 4);
            byte* p10 = row1 + (Math.Min(x, width - 1) * 4);
            byte* p11 = row1 + (Math.Min(x + 1, width - 1) * 4);
            y0[x] = Luma(p00);
            y0[x + 1] = Luma(p01);
            y1[x] = Luma(p10);
            y1[x + 1] = Luma(p11);
            float b = p00[0] + p01[0] + p10[0] + p11[0];
            float g = p00[1] + p01[1] + p10[1] + p11[1];
            float r = p00[2] + p01[2] + p10[2] + p11[2];
            cb[x / 2] = (r * CbR) + (g * CbG) + (b * CbB);
            cr[x / 2] = (r * CrR) + (g * CrG) + (b * CrB);
        }
    }

    private static float Luma(byte* p) => (p[2] * YR) + (p[1] * YG) + (p[0] * YB) - 128f;
}
