namespace Spice.Client.Canvas;

/// <summary>
/// A display message that cannot be applied: unknown surface, cache miss, an image smaller than its
/// declared size, an unsupported image type. The display channel logs it and goes on with the next message.
/// </summary>
public class CanvasException : Exception
{
    public CanvasException(string message) : base(message) { }

    public CanvasException(string message, Exception inner) : base(message, inner) { }

    public CanvasException() { }
}
