using System.Runtime.InteropServices;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

/// <summary>
/// One SPICE surface. Pixels are 32bpp, memory order B,G,R,A, top-down, whatever the SPICE format;
/// for formats without alpha the A byte carries whatever the drawing left there, as in spice-gtk.
/// </summary>
public sealed class CanvasSurface
{
    internal CanvasSurface(uint id, int width, int height, SurfaceFormat format, bool primary)
    {
        Id = id;
        Width = width;
        Height = height;
        Format = format;
        IsPrimary = primary;
        Data = new uint[checked(width * height)];
    }

    public uint Id { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The SPICE format the server created the surface with; the canvas stores every one as 32bpp B,G,R,A.</summary>
    public SurfaceFormat Format { get; }

    public bool IsPrimary { get; }

    /// <summary>Bytes per row of <see cref="Pixels"/>.</summary>
    public int Stride => Width * 4;

    public ReadOnlySpan<byte> Pixels => MemoryMarshal.AsBytes(Data.AsSpan());

    /// <summary>Pixels as 0xAARRGGBB values, row after row.</summary>
    internal uint[] Data { get; }

    internal CanvasRect Bounds => new(0, 0, Width, Height);

    internal bool HasAlpha => Format is SurfaceFormat.Rgb32_ARGB or SurfaceFormat.A8 or SurfaceFormat.A1;

    internal bool Is16Bit => Format is SurfaceFormat.Rgb16_555 or SurfaceFormat.Rgb16_565;

    /// <summary>Copies every pixel into <paramref name="destination"/>, which holds at least Stride * Height bytes.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Stride * Height)
        {
            throw new ArgumentException($"destination needs {Stride * Height} bytes", nameof(destination));
        }

        Pixels.CopyTo(destination);
    }

    /// <summary>A copy of <paramref name="area"/> (clipped to the surface) as tightly packed B,G,R,A rows.</summary>
    public byte[] Crop(CanvasRect area)
    {
        var r = area.Intersect(Bounds);
        var result = new byte[r.Width * r.Height * 4];
        var dest = MemoryMarshal.Cast<byte, uint>(result.AsSpan());
        for (int y = 0; y < r.Height; y++)
        {
            Data.AsSpan(((r.Top + y) * Width) + r.Left, r.Width).CopyTo(dest.Slice(y * r.Width, r.Width));
        }

        return result;
    }

    /// <summary>The pixel at (x, y) as 0xAARRGGBB.</summary>
    public uint GetPixel(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x));
        }

        return Data[(y * Width) + x];
    }
}
