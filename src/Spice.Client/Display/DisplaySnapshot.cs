namespace Spice.Client.Display;

/// <summary>A copy of a surface region: opaque BGRA, <see cref="Stride"/> = Width * 4.</summary>
public sealed record DisplaySnapshot(int Width, int Height, byte[] Bgra)
{
    public int Stride => Width * 4;
}
