using Spice.Codecs.Jpeg;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>The byte layout of our JPEGs: marker order, segment contents, Huffman tables and byte stuffing.</summary>
public class JpegStreamStructureTests
{
    [Theory]
    [InlineData(1, 1, 80)]
    [InlineData(17, 9, 1)]
    [InlineData(257, 130, 100)]
    [InlineData(640, 360, 80)]
    public void MarkersComeInBaselineOrderWithTheRightContents(int width, int height, int quality)
    {
        var jpeg = JpegEncoderShapeTests.Encode(JpegTestImage.Create(width, height, width * 4, seed: width), quality);
        var stream = JpegStreamReader.Parse(jpeg);

        Assert.Equal([0xE0, 0xDB, 0xC0, 0xC4, 0xDA], stream.Segments.Select(s => s.Marker));
        Assert.Equal("JFIF\0"u8.ToArray(), stream.Segments[0].Payload[..5]);
        Assert.Equal(2 * 65, stream.Segments[1].Payload.Length);

        // SOF0: 8-bit, height, width, Y 2x2 on table 0, Cb and Cr 1x1 on table 1.
        Assert.Equal(new byte[] { 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 }, stream.Segments[2].Payload);

        // SOS: the three components interleaved, full spectral range, no successive approximation.
        Assert.Equal(new byte[] { 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0 }, stream.Segments[4].Payload);
        Assert.Equal(new byte[] { 0xFF, 0xD9 }, stream.AfterScan);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(100)]
    public void ScanDataHasNoUnstuffedFf(int quality)
    {
        // Noise at high quality makes long codes and many 0xFF bytes; each must be followed by 0x00.
        var rng = new Random(quality);
        var pixels = new byte[160 * 96 * 4];
        rng.NextBytes(pixels);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        JpegEncoder.Encode(pixels, 160, 96, 160 * 4, quality, output);
        var jpeg = output.WrittenSpan.ToArray();
        var scan = JpegStreamReader.Parse(jpeg).ScanData;

        Assert.Equal(jpeg.Length - 2, scan.Offset + scan.Count);
        int stuffed = 0;
        for (int i = 0; i < scan.Count; i++)
        {
            if (scan[i] == 0xFF)
            {
                Assert.True(i + 1 < scan.Count && scan[i + 1] == 0x00, $"unstuffed 0xFF at scan byte {i}");
                stuffed++;
                i++;
            }
        }

        Assert.True(quality == 1 || stuffed > 0, "noise should produce some 0xFF bytes");
    }

    [Fact]
    public void HuffmanTablesAreTheAnnexKTablesAndPrefixFree()
    {
        var jpeg = JpegEncoderShapeTests.Encode(JpegTestImage.Create(8, 8, 32), 80);
        var dht = JpegStreamReader.Parse(jpeg).Segments[3].Payload;
        var seen = new List<int>();
        int at = 0;
        while (at < dht.Length)
        {
            int classAndId = dht[at];
            var counts = dht.AsSpan(at + 1, 16).ToArray();
            int total = counts.Sum(c => c);
            var symbols = dht.AsSpan(at + 17, total).ToArray();
            at += 17 + total;
            seen.Add(classAndId);

            // Kraft sum below 1: the canonical codes fit and none is all ones (T.81 C.2).
            double kraft = counts.Select((c, i) => c / Math.Pow(2, i + 1)).Sum();
            Assert.True(kraft < 1, $"table 0x{classAndId:X2} Kraft sum {kraft}");
            Assert.Equal(total, symbols.Distinct().Count());

            // DC: categories 0..11. AC: EOB, ZRL and every (run, size) with size 1..10.
            var expected = (classAndId >> 4) == 0
                ? Enumerable.Range(0, 12)
                : Enumerable.Range(0, 16).SelectMany(run => Enumerable.Range(1, 10).Select(size => (run << 4) | size)).Append(0x00).Append(0xF0);
            Assert.Equal(expected.Order(), symbols.Select(s => (int)s).Order());
        }

        Assert.Equal([0x00, 0x10, 0x01, 0x11], seen);
        Assert.Equal(162, JpegHuffmanTable.LuminanceAc.Symbols.Length);

        // The first luminance DC code is 00 (2 bits) and the AC EOB is 1010 (4 bits), as Annex K lists.
        Assert.Equal((0b00 << 8) | 2, JpegHuffmanTable.LuminanceDc.Codes[0]);
        Assert.Equal((0b1010 << 8) | 4, JpegHuffmanTable.LuminanceAc.Codes[0x00]);
        Assert.Equal((0b11111111001 << 8) | 11, JpegHuffmanTable.LuminanceAc.Codes[0xF0]);
    }
}
