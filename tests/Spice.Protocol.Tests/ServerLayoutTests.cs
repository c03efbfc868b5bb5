using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;

namespace Spice.Protocol.Tests;

/// <summary>Bytes laid out by hand the way spice-server's marshaller emits them.</summary>
public class ServerLayoutTests
{
    private sealed class Builder
    {
        private readonly List<byte> _bytes = [];

        public int Length => _bytes.Count;

        public Builder U8(int v)
        {
            _bytes.Add((byte)v);
            return this;
        }

        public Builder U16(int v) => Raw(BitConverter.GetBytes((ushort)v));

        public Builder U32(long v) => Raw(BitConverter.GetBytes((uint)v));

        public Builder U64(ulong v) => Raw(BitConverter.GetBytes(v));

        public Builder Rect(int top, int left, int bottom, int right) => U32(top).U32(left).U32(bottom).U32(right);

        public Builder Raw(byte[] b)
        {
            _bytes.AddRange(b);
            return this;
        }

        public byte[] ToArray() => [.. _bytes];
    }

    // Fixed part: base (4 + 16 + clip 1 + 4 + 16) + src ptr 4 + src_area 16 + rop 2 + scale 1 + mask (1 + 8 + 4).
    private const int FixedPart = 77;
    private const int ImageAt = FixedPart;
    private const int PixelsAt = ImageAt + 18 + 18;
    private const int PaletteAt = PixelsAt + 8;

    private static byte[] ServerDrawCopy() => new Builder()
        .U32(0).Rect(10, 20, 12, 24)
        .U8(1).U32(1).Rect(10, 20, 11, 24)
        .U32(ImageAt).Rect(0, 0, 2, 4).U16(1 << 3).U8(1)
        .U8(0).U32(0).U32(0).U32(0)
        .U64(0xabcdef).U8(0).U8(1).U32(4).U32(2)
        .U8(5).U8(4).U32(4).U32(2).U32(4).U32(PaletteAt)
        .Raw([0, 1, 1, 0, 1, 0, 0, 1])
        .U64(42).U16(2).U32(0x00000000).U32(0x00ffffff)
        .ToArray();

    [Fact]
    public void Reads_draw_copy_with_clip_rects_and_palette_bitmap()
    {
        var body = ServerDrawCopy();

        var copy = DrawCopy.Read(body);

        Assert.Equal(new Rect(10, 20, 12, 24), copy.Base.Box);
        Assert.Equal(ClipType.Rects, copy.Base.Clip.Type);
        Assert.Equal([new Rect(10, 20, 11, 24)], copy.Base.Clip.Rects);
        Assert.Equal(Ropd.OpPut, copy.RopDescriptor);
        Assert.Equal(ImageScaleMode.Nearest, copy.ScaleMode);
        Assert.Null(copy.Mask.Bitmap);
        var image = copy.SrcBitmap!;
        Assert.Equal(new ImageDescriptor(0xabcdef, ImageType.Bitmap, ImageFlags.CacheMe, 4, 2), image.Descriptor);
        var bitmap = Assert.IsType<BitmapData>(image.Payload);
        Assert.Equal(BitmapFormat.EightBit, bitmap.Format);
        Assert.Equal(BitmapFlags.TopDown, bitmap.Flags);
        Assert.Equal(42ul, bitmap.Palette!.Unique);
        Assert.Equal(new uint[] { 0, 0xffffff }, bitmap.Palette.Ents);
        Assert.Equal(new byte[] { 0, 1, 1, 0, 1, 0, 0, 1 }, bitmap.Data.ToArray());
    }

    [Fact]
    public void Pixel_data_is_a_slice_of_the_body_not_a_copy()
    {
        var body = ServerDrawCopy();

        var bitmap = (BitmapData)DrawCopy.Read(body).SrcBitmap!.Payload!;

        Assert.True(MemoryMarshal.TryGetArray(bitmap.Data, out var segment));
        Assert.Same(body, segment.Array);
        Assert.Equal(PixelsAt, segment.Offset);
    }

    [Fact]
    public void Writer_reproduces_the_server_layout_byte_for_byte()
    {
        var body = ServerDrawCopy();

        Assert.Equal(body, SpiceMessage.ToBytes(DrawCopy.Read(body)));
    }

    [Fact]
    public void Palette_is_laid_out_after_the_mask_image_like_the_c_marshaller()
    {
        var copy = DrawCopy.Read(ServerDrawCopy()) with
        {
            Mask = new QMask { Bitmap = new Image { Descriptor = new ImageDescriptor(1, ImageType.FromCache, 0, 4, 2) } },
        };

        var bytes = SpiceMessage.ToBytes(copy);

        var maskPtr = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(FixedPart - 4));
        var palettePtr = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(ImageAt + 18 + 14));
        Assert.Equal((uint)PaletteAt, maskPtr);
        Assert.Equal((uint)PaletteAt + 18, palettePtr);
        Assert.Equal(42ul, ((BitmapData)DrawCopy.Read(bytes).SrcBitmap!.Payload!).Palette!.Unique);
    }
}
