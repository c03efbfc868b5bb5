using Spice.Client.Canvas;
using Ropd = Spice.Protocol.Messages.Display.Ropd;

namespace Spice.Client.Tests.Canvas;

public class RopTests
{
    [Theory]
    [InlineData(Ropd.OpPut, (int)Rop.Copy)]
    [InlineData(Ropd.OpPut | Ropd.InversSrc, (int)Rop.CopyInverted)]
    [InlineData(Ropd.OpPut | Ropd.InversSrc | Ropd.InversRes, (int)Rop.Copy)]
    [InlineData(Ropd.OpOr, (int)Rop.Or)]
    [InlineData(Ropd.OpOr | Ropd.InversRes, (int)Rop.Nor)]
    [InlineData(Ropd.OpOr | Ropd.InversSrc | Ropd.InversDest, (int)Rop.Nand)]
    [InlineData(Ropd.OpAnd | Ropd.InversDest, (int)Rop.AndReverse)]
    [InlineData(Ropd.OpAnd | Ropd.InversSrc, (int)Rop.AndInverted)]
    [InlineData(Ropd.OpAnd | Ropd.InversRes | Ropd.InversSrc, (int)Rop.OrReverse)]
    [InlineData(Ropd.OpXor, (int)Rop.Xor)]
    [InlineData(Ropd.OpXor | Ropd.InversDest, (int)Rop.Equiv)]
    [InlineData(Ropd.OpXor | Ropd.InversRes | Ropd.InversSrc, (int)Rop.Xor)]
    [InlineData(Ropd.OpBlackness, (int)Rop.Clear)]
    [InlineData(Ropd.OpWhiteness, (int)Rop.Set)]
    [InlineData(Ropd.OpInvers, (int)Rop.Invert)]
    [InlineData(Ropd.None, (int)Rop.Copy)]
    public void DescriptorMapsLikeSpice(Ropd descriptor, int expected) =>
        Assert.Equal((Rop)expected, RopDescriptor.ToRop(descriptor, RopDescriptor.Input.Src, RopDescriptor.Input.Dest));

    [Fact]
    public void BrushInversionIsTakenFromTheBrushBitForFills() =>
        Assert.Equal(Rop.CopyInverted,
            RopDescriptor.ToRop(Ropd.OpPut | Ropd.InversBrush, RopDescriptor.Input.Brush, RopDescriptor.Input.Dest));

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
