using Spice.Client.Canvas;
using Spice.Codecs;
using Spice.Codecs.Mjpeg;
using Spice.Protocol.Messages;
using P = Spice.Protocol.Messages.Display;

namespace Spice.Fuzz.Canvas;

/// <summary>
/// Random hostile sequences of display messages (surfaces, streams with broken frames, strokes with wild paths,
/// composites with every flag and transform, fills, copy bits, resets): only CanvasException or CodecException
/// may come out of the canvas, and it must stay usable.
/// </summary>
public class CanvasDrawFuzz
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomDrawSequencesOnlyThrowCanvasOrCodecExceptions(int seed)
    {
        var rng = new Random(seed);
        var jpeg = new MjpegEncoder(50).Encode(new byte[16 * 8 * 4], 16, 8, 64).ToArray();
        using var canvas = new DisplayCanvas();
        for (int i = 0; i < 4000; i++)
        {
            var message = Next(rng, jpeg);
            try
            {
                canvas.Handle(message);
            }
            catch (Exception e) when (e is CanvasException or CodecException)
            {
            }
        }

        canvas.Handle(new P.SurfaceCreate { SurfaceId = 0, Width = 4, Height = 4, Format = P.SurfaceFormat.Rgb32_xRGB, Flags = P.SurfaceFlags.Primary });
        Assert.NotNull(canvas.Primary);
    }

    private static int Coord(Random rng) => rng.Next(10) == 0 ? rng.Next(int.MinValue, int.MaxValue) : rng.Next(-20, 60);

    private static P.Rect Rect(Random rng) => new(Coord(rng), Coord(rng), Coord(rng), Coord(rng));

    private static P.DisplayBase Base(Random rng) => new()
    {
        SurfaceId = (uint)rng.Next(3),
        Box = Rect(rng),
        Clip = rng.Next(3) == 0 ? P.Clip.FromRects(Rect(rng), Rect(rng)) : P.Clip.None,
    };

    private static P.Image Bitmap(Random rng)
    {
        int w = rng.Next(-1, 9), h = rng.Next(-1, 9);
        var data = new byte[rng.Next(0, 300)];
        rng.NextBytes(data);
        var type = rng.Next(6) == 0 ? P.ImageType.Surface : P.ImageType.Bitmap;
        return new P.Image
        {
            Descriptor = new P.ImageDescriptor((ulong)rng.Next(4), type, (P.ImageFlags)rng.Next(8), (uint)w, (uint)h),
            Payload = type == P.ImageType.Surface
                ? new P.SurfaceImageData((uint)rng.Next(3))
                : new P.BitmapData
                {
                    Format = (P.BitmapFormat)rng.Next(0, 12), Flags = P.BitmapFlags.TopDown, X = (uint)w, Y = (uint)h,
                    Stride = (uint)rng.Next(0, 40), Data = data,
                },
        };
    }

    private static P.Brush Brush(Random rng) => rng.Next(4) switch
    {
        0 => new P.Brush { Type = P.BrushType.None },
        1 => new P.Brush { Type = P.BrushType.Pattern, Pattern = new P.Pattern { Pat = Bitmap(rng), Pos = new P.Point(Coord(rng), Coord(rng)) } },
        _ => new P.Brush { Type = P.BrushType.Solid, Color = (uint)rng.Next() },
    };

    private static P.Transform Transform(Random rng) =>
        new((uint)rng.Next(), (uint)rng.Next(-3, 3) << 16, (uint)Coord(rng), (uint)rng.Next(), (uint)rng.Next(), (uint)Coord(rng));

    private static ISpiceMessage Next(Random rng, byte[] jpeg)
    {
        switch (rng.Next(12))
        {
            case 0:
                return new P.SurfaceCreate
                {
                    SurfaceId = (uint)rng.Next(3), Width = (uint)rng.Next(0, 64), Height = (uint)rng.Next(0, 64),
                    Format = rng.Next(2) == 0 ? P.SurfaceFormat.Rgb32_xRGB : (P.SurfaceFormat)rng.Next(0, 100),
                    Flags = rng.Next(2) == 0 ? P.SurfaceFlags.Primary : 0,
                };
            case 1:
                return new P.StreamCreate
                {
                    SurfaceId = (uint)rng.Next(3), Id = (uint)rng.Next(70), Flags = (P.StreamFlags)rng.Next(2),
                    CodecType = rng.Next(5) == 0 ? P.VideoCodecType.H264 : P.VideoCodecType.Mjpeg,
                    SrcWidth = (uint)rng.Next(-1, 40), SrcHeight = (uint)rng.Next(-1, 40), Dest = Rect(rng),
                    Clip = rng.Next(2) == 0 ? P.Clip.FromRects(Rect(rng)) : P.Clip.None,
                };
            case 2:
            {
                var frame = (byte[])jpeg.Clone();
                if (rng.Next(2) == 0)
                {
                    frame[rng.Next(frame.Length)] ^= (byte)rng.Next(1, 256);
                }

                return rng.Next(2) == 0
                    ? new P.StreamData { Base = new P.StreamDataHeader((uint)rng.Next(70), (uint)rng.Next()), Data = frame }
                    : new P.StreamDataSized
                    {
                        Base = new P.StreamDataHeader((uint)rng.Next(70), 1), Width = 16, Height = 8, Dest = Rect(rng),
                        Data = frame.AsMemory(0, rng.Next(frame.Length + 1)),
                    };
            }

            case 3:
                return rng.Next(2) == 0
                    ? new P.StreamClip { Id = (uint)rng.Next(70), Clip = P.Clip.FromRects(Rect(rng)) }
                    : new P.StreamDestroy { Id = (uint)rng.Next(70) };
            case 4:
            case 5:
            {
                var segs = new P.PathSegment[rng.Next(0, 5)];
                for (int s = 0; s < segs.Length; s++)
                {
                    segs[s] = new P.PathSegment
                    {
                        Flags = (P.PathFlags)rng.Next(32),
                        Points = Enumerable.Range(0, rng.Next(0, 8)).Select(_ => new P.PointFix(Coord(rng) * 16 + rng.Next(16), Coord(rng) * 16)).ToArray(),
                    };
                }

                return new P.DrawStroke
                {
                    Base = Base(rng), Path = new P.SpicePath { Segments = segs },
                    Attr = rng.Next(2) == 0 ? new P.LineAttr() : new P.LineAttr { Flags = (P.LineFlags)rng.Next(16) | P.LineFlags.Styled, Style = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => rng.Next(-64, 200)).ToArray() },
                    Brush = Brush(rng), ForeMode = (ushort)rng.Next(512), BackMode = (ushort)rng.Next(512),
                };
            }

            case 6:
            case 7:
            {
                var flags = (P.CompositeFlags)(uint)rng.Next(0, 1 << 25);
                if (rng.Next(2) == 0)
                {
                    flags = (flags & ~P.CompositeFlags.OpMask) | (P.CompositeFlags)(uint)rng.Next(0, 0x3f);
                }

                return new P.DrawComposite
                {
                    Base = Base(rng), Flags = flags, SrcBitmap = Bitmap(rng),
                    MaskBitmap = (flags & P.CompositeFlags.HasMask) != 0 ? Bitmap(rng) : null,
                    SrcTransform = Transform(rng), MaskTransform = Transform(rng),
                    SrcOrigin = new P.Point16((short)rng.Next(-100, 100), (short)rng.Next(-100, 100)),
                    MaskOrigin = new P.Point16((short)rng.Next(-100, 100), (short)rng.Next(-100, 100)),
                };
            }

            case 8:
                return new P.DrawFill { Base = Base(rng), Brush = Brush(rng), RopDescriptor = (P.Ropd)rng.Next(512) };
            case 9:
                return new P.CopyBits { Base = Base(rng), SrcPos = new P.Point(Coord(rng), Coord(rng)) };
            case 10:
                return new EmptyMessage((ushort)(rng.Next(3) switch
                {
                    0 => DisplayMessageType.StreamDestroyAll,
                    1 => DisplayMessageType.InvalAllPalettes,
                    _ => rng.Next(20) == 0 ? DisplayMessageType.Reset : DisplayMessageType.InvalAllPalettes,
                }));
            default:
                return new P.SurfaceDestroy { SurfaceId = (uint)rng.Next(3) };
        }
    }
}
