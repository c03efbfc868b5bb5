namespace Spice.Codecs.Tests.Jpeg;

/// <summary>
/// A test-side walk of a baseline JPEG's marker segments (T.81 B.1): SOI, segments with big-endian lengths up to
/// SOS, the entropy-coded data (in which 0xFF must be followed by a stuffed 0x00, or be a marker), then EOI.
/// </summary>
internal sealed record JpegStreamReader(IReadOnlyList<(byte Marker, byte[] Payload)> Segments, ArraySegment<byte> ScanData, byte[] AfterScan)
{
    public static JpegStreamReader Parse(byte[] jpeg)
    {
        Assert.True(jpeg.Length >= 4 && jpeg[0] == 0xFF && jpeg[1] == 0xD8, "no SOI");
        var segments = new List<(byte, byte[])>();
        int at = 2;
        while (true)
        {
            Assert.True(at + 4 <= jpeg.Length, "stream ends inside the headers");
            Assert.Equal(0xFF, jpeg[at]);
            byte marker = jpeg[at + 1];
            int length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            Assert.True(length >= 2 && at + 2 + length <= jpeg.Length, $"segment 0x{marker:X2} length {length}");
            segments.Add((marker, jpeg.AsSpan(at + 4, length - 2).ToArray()));
            at += 2 + length;
            if (marker == 0xDA)
            {
                break;
            }
        }

        int end = at;
        while (end + 1 < jpeg.Length && !(jpeg[end] == 0xFF && jpeg[end + 1] != 0x00))
        {
            end += jpeg[end] == 0xFF ? 2 : 1;
        }

        return new JpegStreamReader(segments, new ArraySegment<byte>(jpeg, at, end - at), jpeg[end..]);
    }

    /// <summary>Every quantization table by id (0, 1, ...), as stored (zigzag order), concatenated.</summary>
    public static byte[] QuantizationTables(byte[] jpeg)
    {
        var tables = new SortedDictionary<int, byte[]>();
        foreach (var (marker, payload) in Parse(jpeg).Segments)
        {
            if (marker != 0xDB)
            {
                continue;
            }

            for (int at = 0; at < payload.Length; at += 65)
            {
                Assert.Equal(0, payload[at] >> 4);
                tables[payload[at] & 0x0F] = payload.AsSpan(at + 1, 64).ToArray();
            }
        }

        return [.. tables.Values.SelectMany(t => t)];
    }
}
