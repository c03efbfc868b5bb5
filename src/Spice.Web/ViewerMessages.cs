using System.Buffers.Binary;
using System.Text.Json;
using SkiaSharp;
using Spice.Client.Cursor;
using Spice.Protocol.Messages.Main;

namespace Spice.Web;

/// <summary>
/// What the page receives. Text frames are JSON objects with a "t" member naming them; tiles are
/// binary frames:
/// <code>
///   u8  kind      1 = tile
///   u8  format    0 = PNG, 1 = JPEG
///   u16 x, y, width, height   (little-endian, pixels of the screen)
///   ... the encoded image
/// </code>
/// </summary>
internal static class ViewerMessages
{
    public const int TileHeaderSize = 10;
    private const byte TileKind = 1;

    public static void WriteTileHeader(Span<byte> header, in EncodedTile tile)
    {
        header[0] = TileKind;
        header[1] = (byte)tile.Format;
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)tile.Rect.X);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], (ushort)tile.Rect.Y);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)tile.Rect.Width);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], (ushort)tile.Rect.Height);
    }

    /// <summary>{"t":"size","w":W,"h":H}: the screen has this size now; every tile follows.</summary>
    public static byte[] Size(TileGrid grid) => Json(w =>
    {
        w.WriteString("t", "size");
        w.WriteNumber("w", grid.Width);
        w.WriteNumber("h", grid.Height);
    });

    /// <summary>{"t":"mouse","mode":"client"|"server"}: absolute positions, or relative motion.</summary>
    public static byte[] MouseMode(MouseMode mode) => Json(w =>
    {
        w.WriteString("t", "mouse");
        w.WriteString("mode", mode == Protocol.Messages.Main.MouseMode.Client ? "client" : "server");
    });

    /// <summary>
    /// {"t":"cursor","png":"data:image/png;base64,...","hx":X,"hy":Y}; {"t":"cursor","hidden":true}
    /// when the guest hid it; just {"t":"cursor"} (the browser's own arrow) when it never sent one.
    /// </summary>
    public static byte[] Cursor(CursorShape? shape, bool visible) => Json(w =>
    {
        w.WriteString("t", "cursor");
        if (shape is null)
        {
            return;
        }

        if (!visible)
        {
            w.WriteBoolean("hidden", true);
            return;
        }

        w.WriteString("png", "data:image/png;base64," + Convert.ToBase64String(CursorPng(shape)));
        w.WriteNumber("hx", shape.HotSpotX);
        w.WriteNumber("hy", shape.HotSpotY);
    });

    /// <summary>{"t":"closed","reason":"..."}: the SPICE side is gone; nothing follows.</summary>
    public static byte[] Closed(string reason) => Json(w =>
    {
        w.WriteString("t", "closed");
        w.WriteString("reason", reason);
    });

    private static unsafe byte[] CursorPng(CursorShape shape)
    {
        var info = new SKImageInfo(shape.Width, shape.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        fixed (byte* pixels = shape.Bgra)
        {
            using var pixmap = new SKPixmap(info, (nint)pixels, shape.Width * 4);
            using var data = pixmap.Encode(SKPngEncoderOptions.Default);
            return data?.ToArray() ?? [];
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
