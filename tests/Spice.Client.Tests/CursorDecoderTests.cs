using Spice.Client.Cursor;
using Spice.Protocol;
using Spice.Protocol.Messages.Cursor;

namespace Spice.Client.Tests;

public sealed class CursorDecoderTests
{
    [Fact]
    public void AlphaIsCopied()
    {
        var data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var shape = CursorDecoder.Decode(new CursorHeader(7, CursorType.Alpha, 2, 1, 1, 0), data);
        Assert.NotNull(shape);
        Assert.Equal(data, shape.Bgra);
        Assert.Equal((2, 1, 1, 0), (shape.Width, shape.Height, shape.HotSpotX, shape.HotSpotY));
    }

    [Fact]
    public void MonoMapsAndXorPlanes()
    {
        // 4x1: AND 0011...., XOR 0101....: black, white, transparent, inverted
        var shape = CursorDecoder.Decode(new CursorHeader(1, CursorType.Mono, 4, 1, 0, 0), [0b0011_0000, 0b0101_0000]);
        Assert.NotNull(shape);
        Assert.Equal(new byte[] { 0, 0, 0, 255 }, shape.Bgra[0..4]);
        Assert.Equal(new byte[] { 255, 255, 255, 255 }, shape.Bgra[4..8]);
        Assert.Equal(new byte[] { 0, 0, 0, 0 }, shape.Bgra[8..12]);
        Assert.NotEqual(0, shape.Bgra[15]);
    }

    [Fact]
    public void Color32MaskMakesTransparent()
    {
        byte[] data = [0x10, 0x20, 0x30, 0, 0x40, 0x50, 0x60, 0, 0b0100_0000];
        var shape = CursorDecoder.Decode(new CursorHeader(1, CursorType.Color32, 2, 1, 0, 0), data);
        Assert.NotNull(shape);
        Assert.Equal(new byte[] { 0x10, 0x20, 0x30, 0xFF, 0x40, 0x50, 0x60, 0x00 }, shape.Bgra);
    }

    [Fact]
    public void Color16ExpandsX555()
    {
        byte[] data = [0x1F, 0x00, 0b0000_0000];
        var shape = CursorDecoder.Decode(new CursorHeader(1, CursorType.Color16, 1, 1, 0, 0), data);
        Assert.NotNull(shape);
        Assert.Equal(new byte[] { 0xF8, 0, 0, 0xFF }, shape.Bgra);
    }

    [Fact]
    public void Color4UsesPalette()
    {
        var data = new byte[1 + 64 + 1];
        data[0] = 0x10;
        data[1 + 4] = 0xAA;
        data[1 + 4 + 1] = 0xBB;
        data[1 + 4 + 2] = 0xCC;
        var shape = CursorDecoder.Decode(new CursorHeader(1, CursorType.Color4, 2, 1, 0, 0), data);
        Assert.NotNull(shape);
        Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC, 0xFF, 0, 0, 0, 0xFF }, shape.Bgra);
    }

    [Fact]
    public void UnrenderedTypesDecodeToNull() =>
        Assert.Null(CursorDecoder.Decode(new CursorHeader(1, CursorType.Color8, 1, 1, 0, 0), new byte[64]));

    [Theory]
    [InlineData(CursorType.Alpha)]
    [InlineData(CursorType.Mono)]
    [InlineData(CursorType.Color32)]
    [InlineData(CursorType.Color16)]
    [InlineData(CursorType.Color4)]
    public void ShortDataIsAProtocolError(CursorType type) =>
        Assert.Throws<SpiceProtocolException>(() => CursorDecoder.Decode(new CursorHeader(1, type, 8, 8, 0, 0), new byte[3]));

    [Fact]
    public void HugeCursorIsRejected() =>
        Assert.Throws<SpiceProtocolException>(() => CursorDecoder.Decode(new CursorHeader(1, CursorType.Alpha, 4096, 4096, 0, 0), []));
}
