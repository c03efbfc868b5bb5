using System.Runtime.InteropServices;
using Spice.Client.Canvas;
using Spice.Codecs;
using Spice.Codecs.Mjpeg;
using P = Spice.Protocol.Messages.Display;

namespace Spice.Client.Tests.Canvas;

public class StreamTests
{
    private static byte[] Frame(int w, int h)
    {
        var bgra = new byte[w * h * 4];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int o = ((y * w) + x) * 4;
                bgra[o] = (byte)(x * 255 / Math.Max(1, w - 1));
                bgra[o + 1] = (byte)(y * 255 / Math.Max(1, h - 1));
                bgra[o + 2] = (byte)((x / 4 + y / 4) % 2 * 200);
                bgra[o + 3] = 255;
            }
        }

        return new MjpegEncoder(90).Encode(bgra, w, h, w * 4).ToArray();
    }

    private static uint[] Decoded(byte[] jpeg, out int w, out int h)
    {
        var d = new MjpegFrameDecoder(1, 1);
        var px = MemoryMarshal.Cast<byte, uint>(d.Decode(jpeg)).ToArray();
        w = d.Width;
        h = d.Height;
        return px;
    }

    private static P.StreamCreate Create(uint id, P.Rect dest, int w, int h, bool topDown = true, P.Clip? clip = null) => new()
    {
        SurfaceId = 0, Id = id, Flags = topDown ? P.StreamFlags.TopDown : P.StreamFlags.None, CodecType = P.VideoCodecType.Mjpeg,
        StreamWidth = (uint)w, StreamHeight = (uint)h, SrcWidth = (uint)w, SrcHeight = (uint)h, Dest = dest, Clip = clip ?? P.Clip.None,
    };

    [Fact]
    public void FramesAreDrawnIntoDestWithTheirMultimediaTime()
    {
        using var c = CanvasTestHelpers.NewCanvas(32, 32);
        var jpeg = Frame(16, 16);
        var expected = Decoded(jpeg, out _, out _);
        var frames = new List<StreamFrame>();
        c.StreamFrameDrawn += frames.Add;
        c.Handle(Create(3, new P.Rect(4, 4, 20, 20), 16, 16));
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(3, 12345), Data = jpeg });
        var s = c.Primary!;
        for (int y = 0; y < 32; y++)
        {
            for (int x = 0; x < 32; x++)
            {
                bool inside = x is >= 4 and < 20 && y is >= 4 and < 20;
                Assert.Equal(inside ? expected[((y - 4) * 16) + x - 4] : 0xFF102030u, s.GetPixel(x, y));
            }
        }

        Assert.Single(frames);
        Assert.Equal(12345u, frames[0].MultimediaTime);
        Assert.Equal(12345u, c.GetStream(3)!.LastMultimediaTime);
        Assert.Equal(new CanvasRect(4, 4, 20, 20), frames[0].Dest);
    }

    [Fact]
    public void BottomUpFramesAreFlipped()
    {
        using var c = CanvasTestHelpers.NewCanvas(16, 16);
        var jpeg = Frame(16, 16);
        var expected = Decoded(jpeg, out _, out _);
        c.Handle(Create(0, new P.Rect(0, 0, 16, 16), 16, 16, topDown: false));
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(0, 1), Data = jpeg });
        for (int y = 0; y < 16; y++)
        {
            for (int x = 0; x < 16; x++)
            {
                Assert.Equal(expected[((15 - y) * 16) + x], c.Primary!.GetPixel(x, y));
            }
        }
    }

    [Theory]
    [InlineData(16, 16, 32, 32)]
    [InlineData(32, 32, 16, 16)]
    [InlineData(24, 16, 17, 29)]
    public void ScaledFramesUsePixmanNearestSampling(int fw, int fh, int dw, int dh)
    {
        using var c = CanvasTestHelpers.NewCanvas(40, 40);
        var jpeg = Frame(fw, fh);
        var expected = Decoded(jpeg, out _, out _);
        c.Handle(Create(1, new P.Rect(3, 2, 3 + dh, 2 + dw), fw, fh));
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 1), Data = jpeg });
        long mx = (long)((double)fw / dw * 65536.0), my = (long)((double)fh / dh * 65536.0);
        for (int j = 0; j < dh; j++)
        {
            for (int i = 0; i < dw; i++)
            {
                long sx = ((mx * i) + (((mx * 32768) + 32768) >> 16) - 1) >> 16;
                long sy = ((my * j) + (((my * 32768) + 32768) >> 16) - 1) >> 16;
                Assert.Equal(expected[(sy * fw) + sx], c.Primary!.GetPixel(2 + i, 3 + j));
            }
        }

        if (fw * 2 == dw)
        {
            Assert.Equal(expected[(5 * fw) + 7], c.Primary!.GetPixel(2 + 15, 3 + 11));
        }
    }

    [Fact]
    public void ClipAndSizedDataRestrictWhatIsDrawn()
    {
        using var c = CanvasTestHelpers.NewCanvas(32, 32);
        var jpeg = Frame(8, 8);
        c.Handle(Create(2, new P.Rect(0, 0, 8, 8), 8, 8, clip: P.Clip.FromRects(new P.Rect(2, 2, 4, 4))));
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(2, 1), Data = jpeg });
        Assert.Equal(0xFF102030u, c.Primary!.GetPixel(1, 1));
        Assert.NotEqual(0xFF102030u, c.Primary.GetPixel(2, 2));
        Assert.Equal(0xFF102030u, c.Primary.GetPixel(4, 4));
        c.Handle(new P.StreamClip { Id = 2, Clip = P.Clip.None });
        c.Handle(new P.StreamDataSized { Base = new P.StreamDataHeader(2, 2), Width = 8, Height = 8, Dest = new P.Rect(20, 20, 28, 28), Data = jpeg });
        Assert.NotEqual(0xFF102030u, c.Primary.GetPixel(27, 27));
        Assert.Equal(0xFF102030u, c.Primary.GetPixel(7, 7));
    }

    [Fact]
    public void DestroyAndErrorsLeaveTheSurfaceAlone()
    {
        using var c = CanvasTestHelpers.NewCanvas(16, 16);
        c.Handle(Create(1, new P.Rect(0, 0, 16, 16), 16, 16));
        var before = CanvasTestHelpers.Snapshot(c);
        Assert.ThrowsAny<CodecException>(() => c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 1), Data = new byte[] { 0xFF, 0xD8, 1, 2, 3 } }));
        Assert.Equal(before, CanvasTestHelpers.Snapshot(c));
        Assert.Throws<CanvasException>(() => c.Handle(Create(2, new P.Rect(0, 0, 16, 16), 16, 16) with { CodecType = P.VideoCodecType.Vp8 }));
        Assert.Throws<CanvasException>(() => c.Handle(Create(64, new P.Rect(0, 0, 16, 16), 16, 16)));
        c.Handle(new P.StreamDestroy { Id = 1 });
        Assert.Throws<CanvasException>(() => c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 1), Data = Frame(16, 16) }));
        c.Handle(Create(1, new P.Rect(0, 0, 16, 16), 16, 16));
        c.Handle(Create(5, new P.Rect(0, 0, 16, 16), 16, 16));
        c.Handle(new Spice.Protocol.Messages.EmptyMessage((ushort)Spice.Protocol.Messages.DisplayMessageType.StreamDestroyAll));
        Assert.Empty(c.Streams);
        c.Handle(Create(1, new P.Rect(0, 0, 16, 16), 16, 16));
        c.Handle(new P.SurfaceDestroy { SurfaceId = 0 });
        Assert.Empty(c.Streams);
    }

    [Fact]
    public void TruncatedOrResizedFramesFallBackToTheBufferedPath()
    {
        using var c = CanvasTestHelpers.NewCanvas(24, 24);
        c.Handle(Create(1, new P.Rect(2, 2, 18, 18), 16, 16));
        var jpeg = Frame(16, 16);
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 1), Data = jpeg });
        var before = CanvasTestHelpers.Snapshot(c);
        Assert.ThrowsAny<CodecException>(() => c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 2), Data = jpeg.AsSpan(0, jpeg.Length * 2 / 3).ToArray() }));
        Assert.Equal(before, CanvasTestHelpers.Snapshot(c));

        var small = Frame(8, 8);
        var expected = Decoded(small, out _, out _);
        c.Handle(new P.StreamData { Base = new P.StreamDataHeader(1, 3), Data = small });
        Assert.Equal(expected[(3 * 8) + 5], c.Primary!.GetPixel(2 + 10, 2 + 6));
        Assert.Equal(0xFF102030u, c.Primary.GetPixel(1, 1));
    }

    [Fact]
    public void ResetAndInvalAllPalettesAreHandled()
    {
        using var c = CanvasTestHelpers.NewCanvas(16, 16);
        c.Handle(Create(1, new P.Rect(0, 0, 16, 16), 16, 16));
        Assert.True(c.Handle(new Spice.Protocol.Messages.EmptyMessage((ushort)Spice.Protocol.Messages.DisplayMessageType.InvalAllPalettes)));
        Assert.True(c.Handle(new Spice.Protocol.Messages.EmptyMessage((ushort)Spice.Protocol.Messages.DisplayMessageType.Reset)));
        Assert.Empty(c.Surfaces);
        Assert.Empty(c.Streams);
        Assert.Null(c.Primary);
    }
}
