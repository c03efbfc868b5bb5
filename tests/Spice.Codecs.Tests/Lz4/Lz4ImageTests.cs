using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Spice.Codecs;
using Spice.Codecs.Lz4;
using Spice.Codecs.Pixels;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Lz4;

public class Lz4ImageTests
{
    public static TheoryData<string, BitmapFormat> CorpusAndFormats()
    {
        var data = new TheoryData<string, BitmapFormat>();
        foreach (var name in Corpus.Names)
        {
            foreach (var format in new[] { BitmapFormat.ThirtyTwoBit, BitmapFormat.Rgba, BitmapFormat.TwentyFourBit, BitmapFormat.SixteenBit })
            {
                data.Add(name, format);
            }
        }

        return data;
    }

    /// <summary>What decoding must give back: alpha forced for formats without it, colours truncated for x555.</summary>
    private static byte[] Expected(byte[] bgra, BitmapFormat format)
    {
        var result = (byte[])bgra.Clone();
        var px = MemoryMarshal.Cast<byte, uint>(result.AsSpan());
        for (int i = 0; i < px.Length; i++)
        {
            px[i] = format switch
            {
                BitmapFormat.Rgba => px[i],
                BitmapFormat.SixteenBit => PixelConvert.X555ToBgra32(((px[i] >> 3) & 0x1F) | ((px[i] >> 6) & 0x3E0) | ((px[i] >> 9) & 0x7C00)),
                _ => px[i] | 0xFF000000,
            };
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(CorpusAndFormats))]
    public void CropRoundTrips(string name, BitmapFormat format)
    {
        var image = Corpus.Load(name);
        const int w = 333, h = 217;
        var crop = image.Crop(611, 403, w, h);

        // Give the source some non-opaque alpha so RGBA has something to keep and 32BIT something to drop.
        for (int i = 3; i < crop.Length; i += 28)
        {
            crop[i] = (byte)i;
        }

        var output = new ArrayBufferWriter<byte>();
        int length = Lz4ImageEncoder.Encode(crop, w, h, w * 4, format, output);
        Assert.Equal(output.WrittenCount, length);
        Assert.True(length <= Lz4ImageEncoder.MaxEncodedLength(w, h, format));
        Assert.Equal(1, output.WrittenSpan[0]);
        Assert.Equal((byte)format, output.WrittenSpan[1]);

        int destStride = w * 4 + 12;
        var dest = new byte[destStride * h];
        Lz4ImageDecoder.Decode(output.WrittenSpan, w, h, dest, destStride);
        Assert.Equal(0, ImageCompare.CountDifferentPixels(Expected(crop, format), w * 4, dest, destStride, w, h));
    }

    [Fact]
    public void FullFrameRoundTripsAndCompresses()
    {
        var image = Corpus.Load("desktop-ui");
        var output = new ArrayBufferWriter<byte>();
        Lz4ImageEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, BitmapFormat.ThirtyTwoBit, output);
        Assert.True(output.WrittenCount < image.Bgra.Length / 2, $"desktop-ui compressed to {output.WrittenCount} bytes");
        var dest = new byte[image.Bgra.Length];
        Lz4ImageDecoder.Decode(output.WrittenSpan, image.Width, image.Height, dest, image.Stride);
        Assert.Equal(0, ImageCompare.CountDifferentPixels(Expected(image.Bgra, BitmapFormat.ThirtyTwoBit), image.Stride, dest, image.Stride, image.Width, image.Height));
    }

    [Fact]
    public void EncoderReadsStridedSource()
    {
        const int w = 5, h = 4, stride = 32;
        var src = new byte[stride * h];
        new Random(3).NextBytes(src);
        var output = new ArrayBufferWriter<byte>();
        Lz4ImageEncoder.Encode(src, w, h, stride, BitmapFormat.Rgba, output);
        var dest = new byte[w * 4 * h];
        Lz4ImageDecoder.Decode(output.WrittenSpan, w, h, dest, w * 4);
        Assert.Equal(0, ImageCompare.CountDifferentPixels(src, stride, dest, w * 4, w, h));
    }

    /// <summary>An LZ4 block holding only literals.</summary>
    private static byte[] LiteralBlock(ReadOnlySpan<byte> literals)
    {
        var block = new List<byte>();
        int n = literals.Length;
        block.Add((byte)(Math.Min(n, 15) << 4));
        if (n >= 15)
        {
            int rest = n - 15;
            for (; rest >= 255; rest -= 255)
            {
                block.Add(255);
            }

            block.Add((byte)rest);
        }

        block.AddRange(literals.ToArray());
        return [.. block];
    }

    private static byte[] Stream(bool topDown, BitmapFormat format, params byte[][] blocks)
    {
        var s = new List<byte> { (byte)(topDown ? 1 : 0), (byte)format };
        foreach (var b in blocks)
        {
            var size = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(size, (uint)b.Length);
            s.AddRange(size);
            s.AddRange(b);
        }

        return [.. s];
    }

    /// <summary>
    /// Three rows of 4 RGBA pixels in two blocks; the second block's first sequence copies row 0 from the first
    /// block, as LZ4_compress_continue streams do.
    /// </summary>
    private static (byte[] Stream, byte[] Row0, byte[] Row2) ChainedStream(bool topDown)
    {
        var row0 = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var row2 = Enumerable.Range(101, 16).Select(i => (byte)i).ToArray();
        var second = new List<byte> { 0x0C, 16, 0 };
        second.AddRange(LiteralBlock(row2));
        return (Stream(topDown, BitmapFormat.Rgba, LiteralBlock(row0), [.. second]), row0, row2);
    }

    [Fact]
    public void LaterBlocksReferenceEarlierOutput()
    {
        var (stream, row0, row2) = ChainedStream(topDown: true);
        var dest = new byte[48];
        Lz4ImageDecoder.Decode(stream, 4, 3, dest, 16);
        Assert.Equal([.. row0, .. row0, .. row2], dest);
    }

    [Fact]
    public void BottomUpStreamIsFlipped()
    {
        var (stream, row0, row2) = ChainedStream(topDown: false);
        var dest = new byte[48];
        Lz4ImageDecoder.Decode(stream, 4, 3, dest, 16);
        Assert.Equal([.. row2, .. row0, .. row0], dest);
    }

    [Fact]
    public void TwentyFourBitStreamWithPaddedDestination()
    {
        byte[] pixels = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        var stream = Stream(true, BitmapFormat.TwentyFourBit, LiteralBlock(pixels));
        var dest = new byte[2 * 12];
        dest.AsSpan().Fill(0xCD);
        Lz4ImageDecoder.Decode(stream, 2, 2, dest, 12);
        Assert.Equal([1, 2, 3, 255, 4, 5, 6, 255, 0xCD, 0xCD, 0xCD, 0xCD, 7, 8, 9, 255, 10, 11, 12, 255, 0xCD, 0xCD, 0xCD, 0xCD], dest);
    }

    [Fact]
    public void MatchBeforeStreamStartThrows()
    {
        var block = new List<byte> { 0x4C, 1, 2, 3, 4, 100, 0 };
        block.AddRange(LiteralBlock(new byte[12]));
        var stream = Stream(true, BitmapFormat.Rgba, [.. block]);
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(stream, 4, 2, new byte[32], 16));
    }

    [Fact]
    public void EveryTruncationThrows()
    {
        var src = new byte[8 * 6 * 4];
        new Random(9).NextBytes(src);
        var output = new ArrayBufferWriter<byte>();
        Lz4ImageEncoder.Encode(src, 8, 6, 32, BitmapFormat.Rgba, output);
        var full = output.WrittenSpan.ToArray();
        var dest = new byte[src.Length];
        for (int n = 0; n < full.Length; n++)
        {
            var cut = full[..n];
            Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(cut, 8, 6, dest, 32));
        }
    }

    [Fact]
    public void ExtraAndShortOutputThrow()
    {
        var block = LiteralBlock(new byte[16]);
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(Stream(true, BitmapFormat.Rgba, block), 4, 2, new byte[32], 16));
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(Stream(true, BitmapFormat.Rgba, block, block, block), 4, 2, new byte[32], 16));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(11)]
    public void UnsupportedFormatThrows(byte format)
    {
        byte[] stream = [1, format, 0, 0, 0, 1, 0];
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(stream, 1, 1, new byte[4], 4));
    }

    [Fact]
    public void HugeHeaderSizeThrowsBeforeAllocating()
    {
        var stream = Stream(true, BitmapFormat.Rgba, LiteralBlock(new byte[16]));
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(stream, 100000, 100000, new byte[16], 400000));
        Assert.Throws<CodecException>(() => Lz4ImageDecoder.Decode(stream, 4, 1, new byte[15], 16));
    }

    /// <summary>
    /// A 64x40 RGBA image whose rows repeat byte patterns of period 1, 2, 3, 4, 5, 7, 8, 12, 16 and 20 (every ten
    /// rows, shifted), compressed by liblz4 1.9.4's LZ4_compress_fast_continue as spice-server does: ten blocks of
    /// four rows, later blocks matching into earlier ones, with overlapping matches of every period.
    /// </summary>
    private const string LibLz4Chained =
        "AQkAAAAdHwABAO0fJQIA7R9KAwDqTwAlSm8EAORQbwAlSm8AAAArXwAlSm+UBQDoAfsAL7neBwDmA/kAHwMIAO1EKE1ylwQBDwwA1FCXACVKbwAAACYI9ABPvOEGKxAA7UxQdZq/BAEPFADJHwsBAO0fMAIA5lAwCzALMAAAACM/CzBVAwDqTwswVXoEAO0fnwUA6AH7AC/E6QcA4VDpCzBVegAAADOPCzBVep/E6Q4IAO1EM1h9ogQBDwwA2Qj0AE/H7BE2EADtTFuApcoEAQ8UAMRQosfsETYAAAAdHxYBAO0fOwIA7R9gAwDqTxY7YIUEAORQhRY7YIUAAAArXxY7YIWqBQDoAfsAL8/0BwDmA/kAHxkIAO1EPmOIrQQBDwwA1FCtFjtghQAAACYI9ABP0vccQRAA7Uxmi7DVBAEPFADJHyEBAO0fRgIA5lBGIUYhRgAAACM/IUZrAwDqTyFGa5AEAO0ftQUA6AH7AC/a/wcA4VD/IUZrkAAAADOPIUZrkLXa/yQIAO1ESW6TuAQBDwwA2Qj0AE/dAidMEADtTHGWu+AEAQ8UAMRQuN0CJ0w=";

    [Fact]
    public void DecodesLibLz4ChainedBlocks()
    {
        int[] periods = [1, 2, 3, 4, 5, 7, 8, 12, 16, 20];
        var expected = new byte[64 * 40 * 4];
        for (int y = 0; y < 40; y++)
        {
            for (int i = 0; i < 256; i++)
            {
                expected[(y * 256) + i] = (byte)((((i % periods[y % 10]) * 37) + ((y / 10) * 11)) & 0xFF);
            }
        }

        var stream = Convert.FromBase64String(LibLz4Chained);
        var dest = new byte[expected.Length];
        Lz4ImageDecoder.Decode(stream, 64, 40, dest, 256);
        Assert.Equal(expected, dest);

        // Into a wider destination the rows go through the packed buffer instead.
        var wide = new byte[40 * 260];
        Lz4ImageDecoder.Decode(stream, 64, 40, wide, 260);
        for (int y = 0; y < 40; y++)
        {
            Assert.Equal(expected.AsSpan(y * 256, 256), wide.AsSpan(y * 260, 256));
        }
    }
}
