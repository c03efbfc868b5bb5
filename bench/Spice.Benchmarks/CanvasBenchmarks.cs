using BenchmarkDotNet.Attributes;
using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using BitmapFlags = Spice.Protocol.Messages.Display.BitmapFlags;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using Ropd = Spice.Protocol.Messages.Display.Ropd;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Benchmarks;

/// <summary>Full-screen 1080p operations; divide 2.07 MP by the mean time for MP/s.</summary>
[MemoryDiagnoser]
public class CanvasBenchmarks
{
    private const int W = 1920, H = 1080;
    private DisplayCanvas _canvas = null!;
    private ImageSource _bitmap = null!;
    private DrawBase _base = null!;

    [GlobalSetup]
    public void Setup()
    {
        _canvas = new DisplayCanvas();
        _canvas.CreateSurface(0, W, H, SurfaceFormat.Rgb32_xRGB, primary: true);
        var data = new byte[W * H * 4];
        new Random(1).NextBytes(data);
        _bitmap = new ImageSource(1, ImageType.Bitmap, 0, W, H)
        {
            BitmapFormat = 8, BitmapFlags = BitmapFlags.TopDown, Stride = W * 4, Data = data,
        };
        _base = new DrawBase(0, new CanvasRect(0, 0, W, H));
    }

    [GlobalCleanup]
    public void Cleanup() => _canvas.Dispose();

    [Benchmark]
    public void DrawCopy1080p() =>
        _canvas.DrawCopy(_base, _bitmap, new CanvasRect(0, 0, W, H), Ropd.OpPut, Scaler.ModeNearest, QMask.None);

    [Benchmark]
    public void Fill1080p() => _canvas.DrawFill(_base, Brush.Solid(0x123456), Ropd.OpPut, QMask.None);
}
