using System.Drawing;
using System.Text;
using SkiaSharp;
using Spice.Server;

namespace Spice.Cli.Demo;

/// <summary>
/// The desktop `spice serve` shows without --image: a background, a ticking clock, the text typed
/// on the keyboard, a cursor that follows the mouse, a bouncing ball and a photograph, on the first
/// monitor; further monitors show their number and size. With the built-in agent it follows the
/// client's monitor layout, shows the clipboard and file transfers (<c>DemoDesktop.Agent.cs</c>).
/// Drawn with SkiaSharp into an offscreen bitmap; each changed area is written to the display and invalidated.
/// </summary>
internal sealed partial class DemoDesktop : ISpiceInputSink, IDisposable
{
    private const int Margin = 24;

    private readonly SpiceDisplay _display;
    private readonly SpiceCursor _cursor;
    private readonly StringBuilder _typed = new();
    private readonly ScancodeText _keys = new();
    private readonly Lock _gate = new();
    private SKBitmap _canvasBitmap = null!;
    private SKCanvas _canvas = null!;
    private Rectangle _clockArea;
    private Rectangle _textArea;
    private Rectangle _animationArea;
    private Rectangle _photoArea;
    private int _mouseX;
    private int _mouseY;
    private int _frame;

    public DemoDesktop(SpiceDisplay display, SpiceCursor cursor)
    {
        _display = display;
        _cursor = cursor;
        lock (_gate)
        {
            Layout(display.Monitors);
        }

        cursor.SetShape(ArrowCursor.Pixels, ArrowCursor.Width, ArrowCursor.Height, 0, 0);
    }

    /// <summary>Ticks the clock every second and the animation about 20 times a second.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var lastSecond = DateTime.Now.Second;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                lock (_gate)
                {
                    _frame++;
                    DrawAnimation();
                    Publish(_animationArea);
                    PublishAgentPanelIfChanged();
                    UpdateAudioMeter();
                    if (DateTime.Now.Second != lastSecond)
                    {
                        lastSecond = DateTime.Now.Second;
                        DrawClock();
                        Publish(_clockArea);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void KeyDown(int scancode)
    {
        lock (_gate)
        {
            AudioKeyDown(scancode);
            var c = _keys.KeyDown(scancode);
            if (c is null)
            {
                return;
            }

            if (c == '\b')
            {
                if (_typed.Length > 0)
                {
                    _typed.Length--;
                }
            }
            else if (c is '\n' or ' ' || !char.IsControl(c.Value))
            {
                if (c == '\n')
                {
                    OfferTypedLine();
                }

                _typed.Append(c.Value);
                if (_typed.Length > 2000)
                {
                    _typed.Remove(0, 1000);
                }
            }

            DrawText();
            Publish(_textArea);
        }
    }

    public void KeyUp(int scancode)
    {
        lock (_gate)
        {
            _keys.KeyUp(scancode);
            AudioKeyUp(scancode);
        }
    }

    public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons)
    {
        _mouseX = Math.Clamp(_mouseX + dx, 0, _display.Width - 1);
        _mouseY = Math.Clamp(_mouseY + dy, 0, _display.Height - 1);
        _cursor.Move(_mouseX, _mouseY);
    }

    public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId)
    {
        _mouseX = x;
        _mouseY = y;
        _cursor.Move(x, y);
    }

    public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons)
    {
    }

    public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons)
    {
    }

    public void Dispose()
    {
        DisposeAudio();
        _canvas.Dispose();
        _canvasBitmap.Dispose();
    }

    /// <summary>Copies an area of the offscreen bitmap to the display, which marks it changed.</summary>
    private void Publish(Rectangle area)
    {
        var pixels = _canvasBitmap.GetPixelSpan();
        var stride = _canvasBitmap.RowBytes;
        var clipped = Rectangle.Intersect(area, _display.Bounds);
        if (clipped.IsEmpty)
        {
            return;
        }

        var offset = (clipped.Y * stride) + (clipped.X * 4);
        _display.Write(pixels[offset..], stride, clipped);
    }

    private static SKRect ToSk(Rectangle r) => new(r.Left, r.Top, r.Right, r.Bottom);

    private static SKFont Font(float size) => new(SKTypeface.Default, size);

    private static string? FindCorpusPhoto()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "testdata", "corpus", "photo.png");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static class ArrowCursor
    {
        public const int Width = 12;
        public const int Height = 19;

        public static readonly byte[] Pixels = Build();

        private static byte[] Build()
        {
            var pixels = new byte[Width * Height * 4];
            for (var y = 0; y < Height; y++)
            {
                var span = y < 12 ? y + 1 : Math.Max(0, 12 - ((y - 12) * 2));
                for (var x = 0; x < Math.Min(span, Width); x++)
                {
                    var edge = x == 0 || x == span - 1 || y == Height - 1 || (y >= 12 && x >= span - 2);
                    var value = edge ? (byte)0 : (byte)255;
                    var i = ((y * Width) + x) * 4;
                    pixels[i] = value;
                    pixels[i + 1] = value;
                    pixels[i + 2] = value;
                    pixels[i + 3] = 255;
                }
            }

            return pixels;
        }
    }
}
