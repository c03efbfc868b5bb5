namespace Spice.Codecs.Jpeg;

/// <summary>
/// The example quantization tables of ITU T.81 Annex K (K.1 luminance, K.2 chrominance), in natural (row-major)
/// order, scaled to a 1..100 quality the way libjpeg does, so a quality means what it means to spice-server.
/// </summary>
internal static class JpegQuantization
{
    public static ReadOnlySpan<byte> LuminanceBase =>
    [
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    ];

    public static ReadOnlySpan<byte> ChrominanceBase =>
    [
        17, 18, 24, 47, 99, 99, 99, 99,
        18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
    ];

    /// <summary>
    /// Scales <paramref name="baseTable"/> to <paramref name="quality"/>: 50 keeps it, lower qualities multiply it by
    /// 50/quality, higher ones by (100 - quality)/50; entries stay in 1..255 so the table fits 8-bit DQT (baseline).
    /// </summary>
    public static void Scale(ReadOnlySpan<byte> baseTable, int quality, Span<byte> table)
    {
        int percent = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        for (int i = 0; i < 64; i++)
        {
            table[i] = (byte)Math.Clamp(((baseTable[i] * percent) + 50) / 100, 1, 255);
        }
    }
}
