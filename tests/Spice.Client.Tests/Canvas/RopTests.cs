using Spice.Client.Canvas;

namespace Spice.Client.Tests.Canvas;

public class RopTests
{
    [Theory]
    [InlineData(RopDescriptor.OpPut, (int)Rop.Copy)]
    [InlineData(RopDescriptor.OpPut | RopDescriptor.InversSrc, (int)Rop.CopyInverted)]
    [InlineData(RopDescriptor.OpPut | RopDescriptor.InversSrc | RopDescriptor.InversRes, (int)Rop.Copy)]
    [InlineData(RopDescriptor.OpOr, (int)Rop.Or)]
    [InlineData(RopDescriptor.OpOr | RopDescriptor.InversRes, (int)Rop.Nor)]
    [InlineData(RopDescriptor.OpOr | RopDescriptor.InversSrc | RopDescriptor.InversDest, (int)Rop.Nand)]
    [InlineData(RopDescriptor.OpAnd | RopDescriptor.InversDest, (int)Rop.AndReverse)]
    [InlineData(RopDescriptor.OpAnd | RopDescriptor.InversSrc, (int)Rop.AndInverted)]
    [InlineData(RopDescriptor.OpAnd | RopDescriptor.InversRes | RopDescriptor.InversSrc, (int)Rop.OrReverse)]
    [InlineData(RopDescriptor.OpXor, (int)Rop.Xor)]
    [InlineData(RopDescriptor.OpXor | RopDescriptor.InversDest, (int)Rop.Equiv)]
    [InlineData(RopDescriptor.OpXor | RopDescriptor.InversRes | RopDescriptor.InversSrc, (int)Rop.Xor)]
    [InlineData(RopDescriptor.OpBlackness, (int)Rop.Clear)]
    [InlineData(RopDescriptor.OpWhiteness, (int)Rop.Set)]
    [InlineData(RopDescriptor.OpInvers, (int)Rop.Invert)]
    [InlineData(0, (int)Rop.Copy)]
    public void DescriptorMapsLikeSpice(int descriptor, int expected) =>
        Assert.Equal((Rop)expected, RopDescriptor.ToRop((ushort)descriptor, RopDescriptor.Input.Src, RopDescriptor.Input.Dest));

    [Fact]
    public void BrushInversionIsTakenFromTheBrushBitForFills() =>
        Assert.Equal(Rop.CopyInverted,
            RopDescriptor.ToRop(RopDescriptor.OpPut | RopDescriptor.InversBrush, RopDescriptor.Input.Brush, RopDescriptor.Input.Dest));

    [Fact]
    public void Rop3MatchesTheClassicTruthTables()
    {
        for (int code = 0; code < 256; code++)
        {
            Assert.Equal((uint)code, Rop3.Apply((byte)code, 0xF0, 0xCC, 0xAA) & 0xFF);
        }

        Assert.Equal(0xCCu, Rop3.Apply(0xCC, 0xF0, 0xCC, 0xAA));
        Assert.Equal(0x66u, Rop3.Apply(0x66, 0xF0, 0xCC, 0xAA));
    }
}
