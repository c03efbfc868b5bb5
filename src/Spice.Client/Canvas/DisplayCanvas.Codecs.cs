using Spice.Client.Canvas.Model;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    private CanvasImage DecodeCompressed(ImageSource image) =>
        throw new CanvasException($"image type {image.Type} is not supported");
}
