using System.Buffers;
using System.Runtime.CompilerServices;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// Encodes B,G,R,A pixels as a baseline sequential JFIF JPEG (T.81): YCbCr 4:2:0 in 16x16 MCUs, the Annex K
/// quantization tables scaled as libjpeg scales them, the Annex K Huffman tables, alpha ignored, as
/// spice-server's libjpeg encoder produces. Pictures whose size is not a multiple of 16 are padded by repeating
/// the last column and row.
/// </summary>
public static class JpegEncoder
{
    /// <summary>Writes the JPEG of <paramref name="bgra"/> (top-down) to <paramref name="output"/>; returns its length.</summary>
    /// <param name="quality">1..100, libjpeg's scale.</param>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, int quality, IBufferWriter<byte> output) =>
        Encode(bgra, width, height, stride, quality, output, vectorized: true);

    /// <param name="vectorized">False runs the portable paths only (tests compare the two).</param>
    internal static unsafe int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, int quality, IBufferWriter<byte> output, bool vectorized)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        PixelLimits.Check(width, height);
        Pixels.PixelConvert.CheckImage(bgra.Length, stride, width * 4L, height, "source");

        Span<byte> lumaTable = stackalloc byte[64];
        Span<byte> chromaTable = stackalloc byte[64];
        JpegQuantization.Scale(JpegQuantization.LuminanceBase, quality, lumaTable);
        JpegQuantization.Scale(JpegQuantization.ChrominanceBase, quality, chromaTable);
        JpegMarkers.WriteHeader(output.GetSpan(JpegMarkers.HeaderLength), width, height, lumaTable, chromaTable);
        output.Advance(JpegMarkers.HeaderLength);

        // One MCU row of planes (16 Y rows, 8 Cb and 8 Cr rows of half width) and the two multiplier tables.
        int paddedWidth = (width + 15) & ~15;
        int planeFloats = 24 * paddedWidth;
        float[] rented = ArrayPool<float>.Shared.Rent(planeFloats + 128);
        int scanBytes;
        try
        {
            fixed (byte* pixels = bgra)
            fixed (float* planes = rented)
            {
                var tables = new JpegScanTables(planes + planeFloats, lumaTable, chromaTable);
                scanBytes = EncodeScan(pixels, width, height, stride, paddedWidth, planes, tables, output, vectorized);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }

        JpegMarkers.WriteTrailer(output.GetSpan(JpegMarkers.TrailerLength));
        output.Advance(JpegMarkers.TrailerLength);
        return JpegMarkers.HeaderLength + scanBytes + JpegMarkers.TrailerLength;
    }

    /// <summary>
    /// The entropy-coded data of the single interleaved scan: MCUs left to right, top to bottom. The hot methods
    /// are compiled fully optimised on first use, so a stream's first frames do not run unoptimised code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int EncodeScan(byte* pixels, int width, int height, int stride, int paddedWidth, float* planes, JpegScanTables tables, IBufferWriter<byte> output, bool vectorized)
    {
        int chromaWidth = paddedWidth / 2;
        float* y = planes;
        float* cb = y + (16 * paddedWidth);
        float* cr = cb + (8 * chromaWidth);
        int* coefficients = stackalloc int[64];
        int[] lumaDc = JpegHuffmanTable.LuminanceDc.Codes;
        int[] lumaAc = JpegHuffmanTable.LuminanceAc.Codes;
        int[] chromaDc = JpegHuffmanTable.ChrominanceDc.Codes;
        int[] chromaAc = JpegHuffmanTable.ChrominanceAc.Codes;
        int dcY = 0, dcCb = 0, dcCr = 0;
        var writer = new JpegBitWriter(output);
        for (int top = 0; top < height; top += 16)
        {
            JpegColorConverter.ConvertMcuRow(pixels, stride, width, height, top, paddedWidth, y, cb, cr, vectorized);
            for (int column = 0; column < paddedWidth / 16; column++)
            {
                writer.Reserve(6 * JpegBlockCoder.MaxBlockBytes);
                float* luma = y + (column * 16);
                Block(ref writer, luma, paddedWidth, tables.Luma, ref dcY, lumaDc, lumaAc);
                Block(ref writer, luma + 8, paddedWidth, tables.Luma, ref dcY, lumaDc, lumaAc);
                Block(ref writer, luma + (8 * paddedWidth), paddedWidth, tables.Luma, ref dcY, lumaDc, lumaAc);
                Block(ref writer, luma + (8 * paddedWidth) + 8, paddedWidth, tables.Luma, ref dcY, lumaDc, lumaAc);
                Block(ref writer, cb + (column * 8), chromaWidth, tables.Chroma, ref dcCb, chromaDc, chromaAc);
                Block(ref writer, cr + (column * 8), chromaWidth, tables.Chroma, ref dcCr, chromaDc, chromaAc);
            }
        }

        writer.Reserve(16);
        writer.Flush();
        writer.Commit();
        return writer.Committed;

        void Block(ref JpegBitWriter writer, float* samples, int rowFloats, float* multipliers, ref int previousDc, int[] dcCodes, int[] acCodes)
        {
            ulong nonzero = JpegForwardDct.Transform(samples, rowFloats, multipliers, coefficients, vectorized);
            JpegBlockCoder.Encode(ref writer, coefficients, nonzero, ref previousDc, dcCodes, acCodes);
        }
    }
}
