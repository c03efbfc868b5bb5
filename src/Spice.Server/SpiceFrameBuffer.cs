namespace Spice.Server;

/// <summary>The framebuffer, held still until disposed: 32-bit B,G,R,A rows of <see cref="Stride"/> bytes.</summary>
public ref struct SpiceFrameBuffer
{
    private Lock.Scope _scope;
    private readonly byte[] _pixels;

    internal SpiceFrameBuffer(Lock.Scope scope, byte[] pixels, int width, int height)
    {
        _scope = scope;
        _pixels = pixels;
        Width = width;
        Height = height;
    }

    public readonly Span<byte> Pixels => _pixels;

    public readonly int Width { get; }

    public readonly int Height { get; }

    public readonly int Stride => Width * 4;

    public void Dispose() => _scope.Dispose();
}
