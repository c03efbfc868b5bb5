using Spice.Client.Canvas;
using Spice.Codecs;
using P = Spice.Protocol.Messages.Display;

namespace Spice.Client.Tests.Canvas;

public class MessageTests
{
    [Fact]
    public void SurfaceCreateAndFillThroughHandle()
    {
        using var c = new DisplayCanvas();
        var seen = new List<CanvasRect>();
        c.Invalidated += (_, r) => seen.Add(r);
        Assert.True(c.Handle(new P.SurfaceCreate { SurfaceId = 0, Width = 16, Height = 8, Format = P.SurfaceFormat.Rgb32_xRGB, Flags = P.SurfaceFlags.Primary }));
        Assert.NotNull(c.Primary);
        c.Handle(new P.DrawFill
        {
            Base = new P.DisplayBase { SurfaceId = 0, Box = new P.Rect(1, 2, 3, 4) },
            Brush = new P.Brush { Type = P.BrushType.Solid, Color = 0xABCDEF },
            RopDescriptor = P.Ropd.OpPut,
        });
        Assert.Equal(0xABCDEFu, c.Primary!.GetPixel(2, 1));
        Assert.Equal(0u, c.Primary.GetPixel(4, 1));
        Assert.Contains(new CanvasRect(2, 1, 4, 3), seen);
    }

    [Fact]
    public void RandomHostileDrawsOnlyThrowCanvasOrCodecExceptions()
    {
        var rng = new Random(1234);
        using var c = CanvasTestHelpers.NewCanvas(32, 32);
        for (int i = 0; i < 3000; i++)
        {
            int Coord() => rng.Next(8) == 0 ? rng.Next(int.MinValue, int.MaxValue) : rng.Next(-40, 72);
            var box = new CanvasRect(Coord(), Coord(), Coord(), Coord());
            var b = new Spice.Client.Canvas.Model.DrawBase((uint)rng.Next(3) == 0 ? 7u : 0u, box,
                rng.Next(3) == 0 ? [new CanvasRect(Coord(), Coord(), Coord(), Coord())] : null);
            var img = rng.Next(4) == 0
                ? new Spice.Client.Canvas.Model.ImageSource((ulong)rng.Next(5), P.ImageType.FromCache, 0, 4, 4)
                : CanvasTestHelpers.Bitmap32(rng.Next(1, 6), rng.Next(1, 6), (x, y) => (uint)rng.Next(), id: (ulong)rng.Next(5),
                    flags: (P.ImageFlags)rng.Next(8)) with { Width = rng.Next(10) == 0 ? 1 << 20 : rng.Next(1, 6) };
            var area = new CanvasRect(Coord(), Coord(), Coord(), Coord());
            try
            {
                switch (rng.Next(5))
                {
                    case 0: c.DrawCopy(b, img, area, (P.Ropd)rng.Next(0x800), (byte)rng.Next(3), Spice.Client.Canvas.Model.QMask.None); break;
                    case 1: c.DrawRop3(b, img, area, Spice.Client.Canvas.Model.Brush.Solid((uint)rng.Next()), (byte)rng.Next(256), 1, Spice.Client.Canvas.Model.QMask.None); break;
                    case 2: c.DrawFill(b, Spice.Client.Canvas.Model.Brush.Solid(1), (P.Ropd)rng.Next(0x800), new(0, Coord(), Coord(), CanvasTestHelpers.Mask(5, 5, (x, y) => x == y))); break;
                    case 3: c.CopyBits(b, Coord(), Coord()); break;
                    default: c.DrawAlphaBlend(b, (byte)rng.Next(4), (byte)rng.Next(256), img, area); break;
                }
            }
            catch (CanvasException)
            {
            }
            catch (CodecException)
            {
            }
        }
    }
}
