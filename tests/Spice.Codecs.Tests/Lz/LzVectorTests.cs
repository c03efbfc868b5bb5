using System.Buffers.Binary;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Tests.Lz;

/// <summary>Hand-made streams for the types the encoder does not produce.</summary>
public class LzVectorTests
{
    private static readonly uint[] TwoColours = [0x112233, 0xAABBCC];

    internal static byte[] Stream(LzImageType type, int w, int h, int stride, params byte[] body)
    {
        var s = new byte[28 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(s, 0x20205A4C);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(4), 0x00010001);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(8), (uint)type);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(12), (uint)w);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(16), (uint)h);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(20), (uint)stride);
        BinaryPrimitives.WriteUInt32BigEndian(s.AsSpan(24), 1);
        body.CopyTo(s, 28);
        return s;
    }

    private static uint[] Decode(byte[] stream, int w, int h, uint[]? palette = null)
    {
        var dst = new byte[w * h * 4];
        LzDecoder.Decode(stream, dst, w * 4, palette);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(dst).ToArray();
    }

    private static uint[] Map(uint[] palette, params int[] indices) =>
        [.. indices.Select(i => palette[i] | 0xFF000000)];

    [Fact]
    public void Plt1BigEndianTakesTheHighBitFirst()
    {
        byte[] s = Stream(LzImageType.Plt1Be, 10, 2, 2, 3, 0b1011_0000, 0b0100_0000, 0b0000_0001, 0xFF);
        Assert.Equal(Map(TwoColours, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1), Decode(s, 10, 2, TwoColours));
    }

    [Fact]
    public void Plt1LittleEndianTakesTheLowBitFirst()
    {
        byte[] s = Stream(LzImageType.Plt1Le, 10, 2, 2, 3, 0b1011_0000, 0b0100_0000, 0b0000_0001, 0xFF);
        Assert.Equal(Map(TwoColours, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1), Decode(s, 10, 2, TwoColours));
    }

    [Fact]
    public void Plt4BothNibbleOrders()
    {
        uint[] palette = [.. Enumerable.Range(0, 16).Select(i => (uint)(i * 0x111111))];
        byte[] be = Stream(LzImageType.Plt4Be, 3, 2, 2, 3, 0x12, 0x30, 0x45, 0x6F);
        byte[] le = Stream(LzImageType.Plt4Le, 3, 2, 2, 3, 0x12, 0x30, 0x45, 0x6F);
        Assert.Equal(Map(palette, 1, 2, 3, 4, 5, 6), Decode(be, 3, 2, palette));
        Assert.Equal(Map(palette, 2, 1, 0, 5, 4, 15), Decode(le, 3, 2, palette));
    }

    [Fact]
    public void Plt8WithBackReference()
    {
        uint[] palette = [.. Enumerable.Range(0, 256).Select(i => (uint)((i * 0x010203) & 0xFFFFFF))];
        // 3 literals, a 3-byte match 3 back (length field 1 + bias 2), 2 literals.
        byte[] s = Stream(LzImageType.Plt8, 4, 2, 4, 2, 7, 8, 9, 0x20, 2, 1, 1, 2);
        Assert.Equal(Map(palette, 7, 8, 9, 7, 8, 9, 1, 2), Decode(s, 4, 2, palette));
    }

    [Fact]
    public void PaletteIndicesBeyondThePaletteWrap()
    {
        uint[] palette = [0x0000FF, 0x00FF00, 0xFF0000];
        byte[] s = Stream(LzImageType.Plt8, 2, 1, 2, 1, 4, 200);
        Assert.Equal(Map(palette, 1, 200 % 3), Decode(s, 2, 1, palette));
    }

    [Fact]
    public void PaletteTypeWithoutPaletteFails()
    {
        byte[] s = Stream(LzImageType.Plt8, 2, 1, 2, 1, 4, 5);
        Assert.Throws<CodecException>(() => Decode(s, 2, 1));
    }

    [Fact]
    public void Rgb16ExpandsFiveBitChannels()
    {
        byte[] s = Stream(LzImageType.Rgb16, 3, 1, 6, 2, 0x7C, 0x00, 0x03, 0xE0, 0x00, 0x10);
        Assert.Equal([0xFFFF0000u, 0xFF00FF00u, 0xFF000084u], Decode(s, 3, 1));
    }

    [Fact]
    public void A8GivesBlackWithAlpha()
    {
        byte[] s = Stream(LzImageType.A8, 3, 1, 3, 2, 10, 20, 30);
        Assert.Equal([0x0A000000u, 0x14000000u, 0x1E000000u], Decode(s, 3, 1));
    }

    [Fact]
    public void Rgb24FarReference()
    {
        const int W = 9000;
        // 9000 literal pixels would need control bytes every 32; use one literal, a run, then a far match.
        var body = new List<byte> { 0, 1, 2, 3 };
        // run: length 8998 at distance 1 -> field 7, extension 8998 - 7.
        body.Add(0xE0);
        for (int rest = 8998 - 7; ; rest -= 255)
        {
            if (rest < 255)
            {
                body.Add((byte)rest);
                break;
            }

            body.Add(255);
        }

        body.Add(0);
        body.AddRange([0, 4, 5, 6]);
        // far match of length 1 reaching 8191 + 0x0102 + 1 pixels back: row 0 only holds colour (3,2,1) there.
        body.AddRange([0x3F, 255, 0x01, 0x02, 0x3F, 255, 0x01, 0x02]);
        int h = 1;
        byte[] s = Stream(LzImageType.Rgb24, W + 2, h, (W + 2) * 3, [.. body]);
        uint[] px = Decode(s, W + 2, h);
        Assert.Equal(0xFF030201u, px[0]);
        Assert.Equal(0xFF030201u, px[8998]);
        Assert.Equal(0xFF060504u, px[8999]);
        Assert.Equal(0xFF030201u, px[9000]);
        Assert.Equal(0xFF030201u, px[9001]);
    }
}
